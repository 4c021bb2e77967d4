package vn.cchc.plan.parse;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.cchc.plan.parse.DocumentModel.Block;
import vn.cchc.plan.parse.DocumentModel.PageBreak;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF's text layer to the document model. PDFBox gives every word with its {@link TextPosition}s; words are
 * kept with their x-positions, lines of a page are laid out by {@link PdfPageLayout} (table columns from where
 * the words stand, not from runs of spaces), and each page ends with a page break.
 */
final class PdfDocuments {

    /** A word as printed: its text, where it starts and ends on the line, and the width of a space in its font. */
    record Word(String text, float x, float end, float space) {
    }

    private PdfDocuments() {
    }

    static DocumentModel read(PDDocument document) throws IOException {
        Collector collector = new Collector();
        collector.writeText(document, Writer.nullWriter());
        return new DocumentModel(collector.blocks);
    }

    private static final class Collector extends PDFTextStripper {

        private final List<Block> blocks = new ArrayList<>();
        private final List<List<Word>> pageLines = new ArrayList<>();
        private List<Word> line = new ArrayList<>();

        Collector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            line.add(new Word(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    Math.max(last.getWidthOfSpace(), 1f)));
        }

        @Override
        protected void writeWordSeparator() {
            // words carry their positions; the layout decides what separates them
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            endLine();
            if (!blocks.isEmpty()) {
                blocks.add(new PageBreak());
            }
            blocks.addAll(PdfPageLayout.blocks(pageLines));
            pageLines.clear();
            super.endPage(page);
        }

        private void endLine() {
            if (!line.isEmpty()) {
                pageLines.add(line);
                line = new ArrayList<>();
            }
        }
    }
}
