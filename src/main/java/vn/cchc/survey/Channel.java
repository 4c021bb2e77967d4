package vn.cchc.survey;

/** How a response was collected. */
enum Channel {
    /** a one-time code opened on the respondent's phone */
    CODE,
    /** the tablet at the one-stop counter */
    KIOSK,
    /** a paper form typed in twice by officers */
    PAPER
}
