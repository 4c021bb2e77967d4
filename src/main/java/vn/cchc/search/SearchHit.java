package vn.cchc.search;

/**
 * One thing found: what it is, its title and a line that places it (the plan of a task, the kind of a unit…),
 * where to open it, and its full-text rank within its source (higher is better).
 */
public record SearchHit(SearchKind kind, String title, String detail, String href, double rank) {
}
