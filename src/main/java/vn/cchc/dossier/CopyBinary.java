package vn.cchc.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes rows in PostgreSQL's binary COPY format. The server then stores timestamps, dates, numbers and booleans
 * as they come instead of parsing their text, which is most of a text COPY's cost; the Java side formats no
 * text either. Each value must be written with the exact binary type of its column (smallint, bigint, ...).
 */
final class CopyBinary {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** 2000-01-01, PostgreSQL's epoch, in Unix seconds and in epoch days. */
    private static final long PG_EPOCH_SECONDS = 946_684_800L;
    private static final long PG_EPOCH_DAY = 10_957L;

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private final short[] digits = new short[8];

    CopyBinary(OutputStream out) throws IOException {
        this.out = out;
        ensure(SIGNATURE.length + 8);
        System.arraycopy(SIGNATURE, 0, buf, 0, SIGNATURE.length);
        pos = SIGNATURE.length;
        i4(0); // flags
        i4(0); // header extension length
    }

    void row(int fields) throws IOException {
        ensure(2);
        i2(fields);
    }

    void nul() throws IOException {
        ensure(4);
        i4(-1);
    }

    void int8(long v) throws IOException {
        ensure(12);
        i4(8);
        i8(v);
    }

    void int2(int v) throws IOException {
        ensure(6);
        i4(2);
        i2(v);
    }

    void bool(boolean v) throws IOException {
        ensure(5);
        i4(1);
        buf[pos++] = (byte) (v ? 1 : 0);
    }

    void text(String s) throws IOException {
        if (s == null) {
            nul();
            return;
        }
        int n = s.length();
        boolean ascii = n <= 1024;
        for (int i = 0; ascii && i < n; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            ensure(4 + n);
            i4(n);
            for (int i = 0; i < n; i++) {
                buf[pos++] = (byte) s.charAt(i);
            }
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        ensure(4);
        i4(b.length);
        if (b.length > buf.length - pos) {
            flush();
            out.write(b);
        } else {
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
        }
    }

    /** timestamp without time zone: microseconds since 2000-01-01 00:00. */
    void timestamp(LocalDateTime t) throws IOException {
        if (t == null) {
            nul();
            return;
        }
        int8((t.toEpochSecond(ZoneOffset.UTC) - PG_EPOCH_SECONDS) * 1_000_000L + t.getNano() / 1_000);
    }

    /** date: days since 2000-01-01. */
    void date(LocalDate d) throws IOException {
        if (d == null) {
            nul();
            return;
        }
        ensure(8);
        i4(4);
        i4((int) (d.toEpochDay() - PG_EPOCH_DAY));
    }

    /**
     * A numeric column of scale 2 from a double, rounded as PostgreSQL rounds the same value's text
     * ({@link Double#toString}) into numeric(p, 2): half away from zero on the decimal digits.
     */
    void numeric2(double v) throws IOException {
        long hundredths = v == 0 ? 0 : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
        numeric(hundredths, 2);
    }

    /** A numeric of the given scale (0 or 2) from its unscaled value: NBASE 10000 digits, weight, sign, dscale. */
    void numeric(long unscaled, int scale) throws IOException {
        if (scale != 0 && scale != 2) {
            throw new IllegalArgumentException("scale " + scale);
        }
        long a = Math.abs(unscaled);
        long whole = scale == 2 ? a / 100 : a;
        int fraction = scale == 2 ? (int) (a % 100) * 100 : 0;
        int n = 0;
        // the whole part's base-10000 digits, least significant first
        for (long w = whole; w > 0; w /= 10_000) {
            digits[n++] = (short) (w % 10_000);
        }
        int weight = n - 1;
        // most significant first
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            short x = digits[i];
            digits[i] = digits[j];
            digits[j] = x;
        }
        if (fraction != 0) {
            digits[n++] = (short) fraction;
        }
        while (n > 0 && digits[n - 1] == 0) {
            n--;
        }
        ensure(12 + 2 * n);
        i4(8 + 2 * n);
        if (n == 0) {
            i2(0);
            i2(0);
            i2(0);
            i2(scale);
            return;
        }
        i2(n);
        i2(weight);
        i2(unscaled < 0 ? 0x4000 : 0);
        i2(scale);
        for (int i = 0; i < n; i++) {
            i2(digits[i]);
        }
    }

    /** Ends the data (the trailer) and sends what is buffered. */
    void finish() throws IOException {
        ensure(2);
        i2(-1);
        flush();
    }

    void flush() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    private void ensure(int n) throws IOException {
        if (buf.length - pos < n) {
            flush();
        }
    }

    private void i2(int v) {
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }

    private void i4(int v) {
        buf[pos++] = (byte) (v >>> 24);
        buf[pos++] = (byte) (v >>> 16);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }

    private void i8(long v) {
        i4((int) (v >>> 32));
        i4((int) v);
    }
}
