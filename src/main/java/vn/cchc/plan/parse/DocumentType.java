package vn.cchc.plan.parse;

/** PLAN: a kế hoạch; DECISION: a quyết định issuing a plan; DIRECTIVE: a chỉ thị; OFFICIAL_LETTER: a công văn with an attached orientation. */
public enum DocumentType { PLAN, DECISION, DIRECTIVE, OFFICIAL_LETTER }
