package vn.cchc.load.simulation;

/**
 * Every URL the load test requests, in one place: when a page moves or gains parameters (pagination, groups),
 * change it here. Gatling expressions (#{...}) take their values from the session and the feeders.
 */
final class Pages {

    static final String STATIC_CSS = "/css/cchc.css";
    static final String LOGIN = "/login";
    static final String HOME = "/";

    static final String TASK_BOARD = "/plans/board?year=#{year}";
    static final String TASK_BOARD_FILTERED = "/plans/board?year=#{year}&area=PROCEDURES&state=IN_PROGRESS";
    static final String PLAN = "/plans/#{planId}";
    static final String HEATMAP = "/indicators/heatmap";
    static final String SCORECARD = "/indicators/scorecard";
    static final String REPORT = "/indicators/reports/#{reportUnit}/#{reportPeriod}";
    static final String REPORT_APPROVE = REPORT + "/approve";

    static final String MY_TASKS = "/my-tasks";
    static final String TASK = "/plans/tasks/#{taskId}";
    static final String TASK_PROGRESS = TASK + "/progress";
    static final String OWN_REPORT = "/indicators/reports/#{unit}/#{currentPeriod}";
    static final String ASSESSMENT = "/scoring/assessments/#{assessmentId}";
    static final String SELF_SCORE = "/scoring/items/#{itemId}/self";

    static final String FOLLOWED_UNITS = "/units/followed";
    static final String RESULTS = "/scoring/rounds/#{publishedRound}/results";

    static final String PUBLIC_RESULTS = "/public/scoring";
    static final String PUBLIC_ROUND = "/public/scoring/#{publishedRound}";

    private Pages() {
    }
}
