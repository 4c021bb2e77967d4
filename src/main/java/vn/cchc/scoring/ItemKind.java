package vn.cchc.scoring;

/** Ordinary points count towards the maximum; bonus and penalty points are added or taken off, within caps. */
public enum ItemKind {
    NORMAL, BONUS, PENALTY
}
