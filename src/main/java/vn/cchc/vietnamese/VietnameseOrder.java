package vn.cchc.vietnamese;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
        return texts(c);
    }

    static Comparator<String> texts(Collator collator) {
        return Comparator.nullsLast(new Keyed(collator));
    }

    /** Orders things by a name in Vietnamese order, e.g. {@code VietnameseOrder.by(Unit::name)}. */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, texts());
    }

    /**
     * Compares collation keys, each text's computed once per comparator: the collator's own compare normalises both
     * texts on every call, and a sort of n texts makes n log n calls (sorting the 2,000 lead units of a plan's page
     * that way was most of the page's CPU). Beyond {@link #KEYS_KEPT} texts a comparator stops keeping new keys, so
     * one kept for long stays small.
     */
    private static final class Keyed implements Comparator<String> {

        static final int KEYS_KEPT = 50_000;

        private final Collator collator;
        private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();

        Keyed(Collator collator) {
            this.collator = collator;
        }

        @Override
        public int compare(String a, String b) {
            return key(a).compareTo(key(b));
        }

        private CollationKey key(String text) {
            CollationKey key = keys.get(text);
            if (key != null) {
                return key;
            }
            // Collator is not thread-safe, and comparators get shared
            synchronized (collator) {
                key = collator.getCollationKey(text);
            }
            if (keys.size() < KEYS_KEPT) {
                keys.put(text, key);
            }
            return key;
        }
    }
}
