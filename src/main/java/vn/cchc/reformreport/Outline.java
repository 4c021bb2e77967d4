package vn.cchc.reformreport;

/** The five parts of the narrative outline of a reform report (and of the province report). */
enum Outline {
    LEADERSHIP, RESULTS, ASSESSMENT, NEXT_TASKS, PROPOSALS
}
