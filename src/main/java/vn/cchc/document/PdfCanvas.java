package vn.cchc.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of one PDF document and a cursor running down them: A4 with the Decree 30 margins (20 mm top and
 * bottom, 30 mm left, 20 mm right, as {@link PageSetup} gives Word), text measured with the embedded font, wrapped,
 * aligned and justified by placing words, a new page when the next block does not fit.
 */
final class PdfCanvas {

    static final float MM = 72f / 25.4f;
    /** Single line spacing of Times-like faces: 1.15 of the size, as Word lays out "single". */
    static final float LEADING = 1.15f;

    enum Align { LEFT, CENTRE, JUSTIFY }

    /** A run of text in one face and size; wrapped to the width it is drawn in. */
    record Piece(String text, PdfFonts.Face face, float size, Align align, boolean underline, float before, float after,
                 float firstIndent) {

        static Piece centred(String text, PdfFonts.Face face, float size) {
            return new Piece(text, face, size, Align.CENTRE, false, 0, 0, 0);
        }

        static Piece left(String text, PdfFonts.Face face, float size) {
            return new Piece(text, face, size, Align.LEFT, false, 0, 0, 0);
        }

        Piece underlined() {
            return new Piece(text, face, size, align, true, before, after, firstIndent);
        }

        Piece spaced(float before, float after) {
            return new Piece(text, face, size, align, underline, before, after, firstIndent);
        }
    }

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final PDRectangle size;
    private final Map<String, String> printable = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    final float left = 30 * MM;
    final float right;
    final float top;
    final float bottom = 20 * MM;

    PdfCanvas(PDDocument doc, PdfFonts fonts, PDRectangle size) {
        this.doc = doc;
        this.fonts = fonts;
        this.size = size;
        this.right = size.getWidth() - 20 * MM;
        this.top = size.getHeight() - 20 * MM;
        newPage();
    }

    float width() {
        return right - left;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    /** Starts a new page when fewer than {@code height} points are left on this one. */
    void ensure(float height) {
        if (y - height < bottom && y < top) {
            newPage();
        }
    }

    void newPage() {
        close();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try {
            out = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top;
    }

    void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }

    /** The height the pieces take when wrapped to {@code width}. */
    float measure(List<Piece> pieces, float width) {
        float h = 0;
        for (Piece p : pieces) {
            h += p.before() + wrap(p, width).size() * p.size() * LEADING + p.after();
        }
        return h;
    }

    /** Draws the pieces in a column from {@code x}, starting at {@code yTop}; returns the height used. */
    float draw(List<Piece> pieces, float x, float width, float yTop) {
        float at = yTop;
        for (Piece p : pieces) {
            at -= p.before();
            List<String> lines = wrap(p, width);
            for (int i = 0; i < lines.size(); i++) {
                at -= p.size() * LEADING;
                float indent = i == 0 ? p.firstIndent() : 0;
                boolean last = i == lines.size() - 1;
                line(p, lines.get(i), x + indent, width - indent, at + p.size() * (LEADING - 1) + 1, last);
            }
            at -= p.after();
        }
        return yTop - at;
    }

    /** Draws the pieces at the cursor across the text width, starting a page first when they do not fit. */
    void flow(List<Piece> pieces) {
        ensure(measure(pieces, width()));
        y -= draw(pieces, left, width(), y);
    }

    void rectangle(float x, float yTop, float w, float h) {
        try {
            out.setLineWidth(0.5f);
            out.addRect(x, yTop - h, w, h);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x1, float x2, float at, float thickness) {
        try {
            out.setLineWidth(thickness);
            out.moveTo(x1, at);
            out.lineTo(x2, at);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes text at a point of the current page (a page number, say). */
    void text(PDPageContentStream stream, String text, PdfFonts.Face face, float fontSize, float x, float baseline) {
        try {
            stream.beginText();
            stream.setFont(fonts.get(face), fontSize);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float textWidth(String text, PdfFonts.Face face, float fontSize) {
        try {
            return fonts.get(face).getStringWidth(text) / 1000f * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(Piece p, String text, float x, float width, float baseline, boolean last) {
        float w = textWidth(text, p.face(), p.size());
        if (p.align() == Align.JUSTIFY && !last && text.contains(" ")) {
            justified(p, text, x, width, baseline);
            return;
        }
        float start = p.align() == Align.CENTRE ? x + (width - w) / 2 : x;
        text(out, text, p.face(), p.size(), start, baseline);
        if (p.underline()) {
            rule(start, start + w, baseline - p.size() * 0.12f, 0.6f);
        }
    }

    /** Spreads the line's words over the width: PDF word spacing does not apply to a two-byte font's spaces. */
    private void justified(Piece p, String text, float x, float width, float baseline) {
        String[] words = text.split(" ");
        float used = 0;
        for (String word : words) {
            used += textWidth(word, p.face(), p.size());
        }
        float gap = (width - used) / (words.length - 1);
        float at = x;
        for (String word : words) {
            text(out, word, p.face(), p.size(), at, baseline);
            at += textWidth(word, p.face(), p.size()) + gap;
        }
    }

    /** The piece's text in lines no wider than {@code width}: by words, a word too long by letters; "\n" breaks. */
    List<String> wrap(Piece p, float width) {
        List<String> lines = new ArrayList<>();
        for (String hard : printable(p.text(), p.face()).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float limit = width - p.firstIndent();
            for (String word : hard.trim().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, p.face(), p.size()) <= limit) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    limit = width;
                    line.setLength(0);
                }
                while (textWidth(word, p.face(), p.size()) > limit && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && textWidth(word.substring(0, cut), p.face(), p.size()) > limit) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    limit = width;
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Composed (NFC) as the font's tables expect; a character the font lacks is shown as "?" rather than failing. */
    private String printable(String text, PdfFonts.Face face) {
        String composed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replace('\t', ' ')
                .replace("\r", "");
        StringBuilder sb = new StringBuilder(composed.length());
        PDType0Font font = fonts.get(face);
        composed.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (cp == '\n') {
                sb.append(ch);
                return;
            }
            sb.append(printable.computeIfAbsent(face + ch, k -> {
                try {
                    font.encode(ch);
                    return ch;
                } catch (IOException | IllegalArgumentException e) {
                    return "?";
                }
            }));
        });
        return sb.toString();
    }

    /** Page numbers centred in the top margin, from the second page on, as the decree asks. */
    void numberPages() {
        close();
        for (int i = 1; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            String n = String.valueOf(i + 1);
            float w = textWidth(n, PdfFonts.Face.REGULAR, 13);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                text(s, n, PdfFonts.Face.REGULAR, 13, left + (width() - w) / 2, size.getHeight() - 13 * MM);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
