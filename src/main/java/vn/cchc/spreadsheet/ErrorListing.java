package vn.cchc.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * An import lists its errors so that they can all be fixed at once, but a sheet of 20,000 bad rows must not answer
 * with 20,000 messages: the first {@link #MAX_LISTED} are listed, then one line saying how many more there are.
 */
public final class ErrorListing {

    public static final int MAX_LISTED = 100;

    private ErrorListing() {
    }

    /**
     * @param others words the last line from the number of errors left out ("… và 50 lỗi khác")
     */
    public static <T> List<T> firstOf(List<T> all, IntFunction<T> others) {
        if (all.size() <= MAX_LISTED) {
            return List.copyOf(all);
        }
        List<T> listed = new ArrayList<>(all.subList(0, MAX_LISTED));
        listed.add(others.apply(all.size() - MAX_LISTED));
        return List.copyOf(listed);
    }
}
