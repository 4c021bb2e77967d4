package vn.cchc.survey;

/** Who answers: citizens and organisations for SIPAS; delegates and leaders for the reform-index survey. */
enum RespondentGroup {
    CITIZEN, ORGANISATION, PEOPLES_COUNCIL_DELEGATE, COMMUNE_LEADER, DEPARTMENT_LEADER
}
