package vn.cchc.indicator;

/**
 * Published by an {@link IndicatorSource}'s module when the values it computes have changed (the dossier module after
 * an upload is committed), so that what the indicator module computed from them is computed again.
 */
public record SourceValuesChanged(String source, long rows) {
}
