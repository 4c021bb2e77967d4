package vn.cchc.security;

/** What a user does in the reform programme; a user may hold several roles. */
public enum Role {
    /** Runs the installation: users, directory, audit log. */
    ADMIN,
    /** Officer of Sở Nội vụ, the standing agency: plans, follows up, appraises, publishes. */
    STANDING_AGENCY,
    /** A unit's CCHC officer: reports progress and data for their own unit. */
    UNIT_OFFICER,
    /** A leader or steering-committee member: dashboards of the units they follow. */
    LEADER,
    /** Scores the reform-index area assigned to their department. */
    APPRAISER,
    /** Reads only. */
    VIEWER,
    /** The head of a unit (thủ trưởng): told when the unit's tasks or reports stay overdue. */
    UNIT_HEAD,
    /** An outlet's account (cơ quan báo chí): sees and logs only what was published through its own outlet. */
    OUTLET;

    public String authority() {
        return "ROLE_" + name();
    }
}
