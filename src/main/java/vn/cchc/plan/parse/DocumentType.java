package vn.cchc.plan.parse;

/**
 * PLAN: a kế hoạch; DECISION: a quyết định issuing a plan; DIRECTIVE: a chỉ thị; OFFICIAL_LETTER: a công văn with an
 * attached orientation; REPORT: a báo cáo (read for its header and the documents it cites, its tasks are results).
 */
public enum DocumentType { PLAN, DECISION, DIRECTIVE, OFFICIAL_LETTER, REPORT }
