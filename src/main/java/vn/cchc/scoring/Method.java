package vn.cchc.scoring;

/** How a sub-criterion gets its points. */
public enum Method {
    /** judged by the unit and the appraiser: allowed values or a range 0..max */
    MANUAL,
    /** from an indicator value: full points at or above a threshold, proportional below, or a table of bands */
    INDICATOR,
    /** from the share of the unit's plan tasks done on time in the year */
    TASK_COMPLETION,
    /** from the provincial sociological survey, entered or imported by the standing agency */
    SURVEY,
    /** from a value another module computes, named by the criterion's code of what feeds it ({@link ScoreSource#itemValue}) */
    SOURCE
}
