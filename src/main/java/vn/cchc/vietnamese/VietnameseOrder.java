package vn.cchc.vietnamese;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Vietnamese alphabetical order: a &lt; ă &lt; â &lt; b … d &lt; đ … o &lt; ô &lt; ơ … u &lt; ư, with tone marks
 * deciding only between otherwise equal names. The same order as the database's {@code collate vi} (ICU vi-VN),
 * for lists sorted in Java.
 */
public final class VietnameseOrder {

    private static final Locale VI = Vietnamese.LOCALE;

    private VietnameseOrder() {
    }

    /** Compares texts in Vietnamese order; null sorts last. */
    public static Comparator<String> texts() {
        Collator c = Collator.getInstance(VI);
        c.setStrength(Collator.TERTIARY);
        // Collator is not thread-safe, and comparators get shared; one per caller keeps it simple.
        return Comparator.nullsLast((a, b) -> {
            synchronized (c) {
                return c.compare(a, b);
            }
        });
    }

    /** Orders things by a name in Vietnamese order, e.g. {@code VietnameseOrder.by(Unit::name)}. */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, texts());
    }
}
