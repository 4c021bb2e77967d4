package vn.cchc.dossier;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sixteen running sums per (unit, field, month), for the rows of one file. Memory is bounded by the groups, not
 * by the rows. Keys are packed into a long and kept in an open-addressing table, without an object per lookup.
 */
final class Contributions {

    static final int MEASURES = 16;
    private static final long EMPTY = -1L;

    private final Map<String, Integer> fieldNumbers = new HashMap<>();
    private final List<String> fieldCodes = new ArrayList<>();
    private String lastField;
    private int lastFieldNumber;
    private long[] keys = new long[1 << 12];
    private long[][] values = new long[1 << 12][];
    private int size;

    Contributions() {
        java.util.Arrays.fill(keys, EMPTY);
    }

    /** The sums of one group, created at zero. */
    long[] at(long unitId, String fieldCode, LocalDate month) {
        if (unitId < 0 || unitId >= 1L << 31) {
            throw new IllegalArgumentException("unit id " + unitId);
        }
        long epochMonth = month.getYear() * 12L + month.getMonthValue() - 1;
        if (epochMonth < 0 || epochMonth >= 1L << 20) {
            throw new IllegalArgumentException("month " + month);
        }
        long key = unitId << 32 | (long) field(fieldCode) << 20 | epochMonth;
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                break;
            }
            i = (i + 1) & mask;
        }
        long[] v = new long[MEASURES];
        keys[i] = key;
        values[i] = v;
        if (++size * 2 > keys.length) {
            grow();
        }
        return v;
    }

    int size() {
        return size;
    }

    interface Group {
        void accept(long unitId, String fieldCode, LocalDate month, long[] sums) throws IOException;
    }

    void forEach(Group group) throws IOException {
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            if (k != EMPTY) {
                long epochMonth = k & ((1L << 20) - 1);
                group.accept(k >>> 32, fieldCodes.get((int) (k >>> 20) & 0xFFF),
                        LocalDate.of((int) (epochMonth / 12), (int) (epochMonth % 12) + 1, 1), values[i]);
            }
        }
    }

    private int field(String code) {
        if (code.equals(lastField)) {
            return lastFieldNumber;
        }
        Integer n = fieldNumbers.get(code);
        if (n == null) {
            if (fieldCodes.size() >= 1 << 12) {
                throw new IllegalArgumentException("more than 4096 fields");
            }
            n = fieldCodes.size();
            fieldCodes.add(code);
            fieldNumbers.put(code, n);
        }
        lastField = code;
        lastFieldNumber = n;
        return n;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    private void grow() {
        long[] oldKeys = keys;
        long[][] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2][];
        java.util.Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
