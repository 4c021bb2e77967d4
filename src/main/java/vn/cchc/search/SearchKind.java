package vn.cchc.search;

/** What a hit is; the results page shows it as a label ({@code search.kind.<name>}). */
public enum SearchKind {
    PLAN, TASK, UNIT, REPORT, DOCUMENT
}
