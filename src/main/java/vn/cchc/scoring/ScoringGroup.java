package vn.cchc.scoring;

import vn.cchc.directory.UnitKind;

import java.util.Optional;

/** The groups that are scored and ranked separately: departments (sở, ban, ngành) and communes and wards. */
public enum ScoringGroup {
    DEPARTMENT, COMMUNE;

    public static Optional<ScoringGroup> of(UnitKind kind) {
        return switch (kind) {
            case DEPARTMENT, COMMITTEE_OFFICE -> Optional.of(DEPARTMENT);
            case COMMUNE, WARD -> Optional.of(COMMUNE);
            default -> Optional.empty();
        };
    }
}
