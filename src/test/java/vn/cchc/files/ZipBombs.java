package vn.cchc.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds, in the test, the hostile Word and Excel files the field test met: small files that unpack hugely. */
public final class ZipBombs {

    private ZipBombs() {
    }

    /** A .docx whose document.xml is {@code inflated} bytes of blanks: a few hundred kilobytes on disk. */
    public static byte[] docx(long inflated) {
        return office("word/document.xml", inflated, 0);
    }

    /** An .xlsx whose first sheet is {@code inflated} bytes of blanks. */
    public static byte[] xlsx(long inflated) {
        return office("xl/worksheets/sheet1.xml", inflated, 0);
    }

    /** A .docx with a normal document and {@code extra} more tiny entries. */
    public static byte[] docxWithEntries(int extra) {
        return office("word/document.xml", 64, extra);
    }

    private static byte[] office(String part, long inflated, int extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (long left = inflated; left > 0; left -= blanks.length) {
                zip.write(blanks, 0, (int) Math.min(left, blanks.length));
            }
            zip.closeEntry();
            for (int i = 0; i < extra; i++) {
                zip.putNextEntry(new ZipEntry("word/media/hinh-" + i + ".xml"));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
