package vn.cchc.plan.parse;

import java.util.List;

/**
 * Hook for the .xlsx task template round trip (not built yet). An implementation reads the template's rows
 * into tasks; {@link PlanParsing} uses it for .xlsx content when one is supplied and rejects .xlsx otherwise.
 */
public interface TaskTemplateReader {

    List<PlanTask> read(byte[] xlsx, int planYear);

    /** The same, with the upload's name for messages that must say which file broke a limit. */
    default List<PlanTask> read(byte[] xlsx, int planYear, String fileName) {
        return read(xlsx, planYear);
    }
}
