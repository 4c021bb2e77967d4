package vn.cchc.plan.parse;

/** The six reform areas of Resolution 76/NQ-CP plus the groups plans add. */
public enum ReformArea {
    INSTITUTIONS, PROCEDURES, APPARATUS, CIVIL_SERVICE, PUBLIC_FINANCE, DIGITAL_GOVERNMENT,
    LEADERSHIP, PROPAGANDA, INSPECTION, OTHER
}
