package vn.cchc.directory;

/** What kind of body a unit is; drives grouping ("các sở, ban, ngành"), scoring sets and the tree view. */
public enum UnitKind {
    PROVINCIAL_COMMITTEE,
    COMMITTEE_OFFICE,
    DEPARTMENT,
    PARTY_BODY,
    COUNCIL_OFFICE,
    FRONT_ORGANISATION,
    COMMUNE,
    WARD,
    FORMER_DISTRICT,
    SERVICE_CENTRE,
    MEDIA,
    POLICE,
    OTHER
}
