package vn.cchc.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The four faces of Liberation Serif (Times New Roman's metrics, with Vietnamese), bundled under /fonts (SIL OFL 1.1,
 * see NOTICE) because the PDF standard fonts have no Vietnamese letters. The files are read once per JVM; each
 * document embeds the subset it uses.
 */
final class PdfFonts {

    enum Face {
        REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

        private final String file;

        Face(String file) {
            this.file = file;
        }

        static Face of(boolean bold, boolean italic) {
            return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        }
    }

    private static final Map<Face, byte[]> FILES = load();

    private final Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
    private final PDDocument doc;

    PdfFonts(PDDocument doc) {
        this.doc = doc;
    }

    PDType0Font get(Face face) {
        return fonts.computeIfAbsent(face, f -> {
            try {
                return PDType0Font.load(doc, new ByteArrayInputStream(FILES.get(f)), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Map<Face, byte[]> load() {
        Map<Face, byte[]> files = new EnumMap<>(Face.class);
        for (Face f : Face.values()) {
            String name = "/fonts/LiberationSerif-" + f.file + ".ttf";
            try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + name);
                }
                files.put(f, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
