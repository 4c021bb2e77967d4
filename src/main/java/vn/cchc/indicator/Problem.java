package vn.cchc.indicator;

/** A finding of the form checks: which indicator, a message key of messages/indicator.properties and its arguments. */
record Problem(String indicatorCode, String key, Object[] args) {
}
