package vn.cchc.directory;

/** A unit as other modules see it: enough to show and link it. */
public record UnitRef(long id, String code, String name, String shortName, UnitKind kind) {
}
