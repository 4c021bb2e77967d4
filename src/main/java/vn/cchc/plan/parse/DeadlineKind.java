package vn.cchc.plan.parse;

/** How a deadline phrase constrains a task. */
public enum DeadlineKind { DATED, RECURRING, ONGOING, ON_DEMAND, ROADMAP, UNSPECIFIED }
