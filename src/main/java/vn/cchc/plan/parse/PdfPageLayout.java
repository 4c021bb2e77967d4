package vn.cchc.plan.parse;

import vn.cchc.plan.parse.DocumentModel.Block;
import vn.cchc.plan.parse.DocumentModel.Paragraph;
import vn.cchc.plan.parse.DocumentModel.Row;
import vn.cchc.plan.parse.DocumentModel.Table;
import vn.cchc.plan.parse.PdfDocuments.Word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lays out one PDF page from its words. On a line, words closer than a few spaces form a chunk; a gap wider
 * than that separates cells. Lines with several chunks, and the single-chunk lines between them, form a table
 * whose columns are the x-positions where chunks start on several lines; every chunk goes to the column it
 * starts in, so a wrapped cell's second line lands in its own column with the others empty.
 */
final class PdfPageLayout {

    /** Chunks of one line start at most this far (pt) from their column's start to count as that column. */
    private static final float COLUMN_TOLERANCE = 6f;
    /** Single-chunk lines allowed between two table lines (a wrapped cell, a group heading). */
    private static final int MAX_LOOSE_LINES = 8;

    private record Chunk(String text, float x) {
    }

    private PdfPageLayout() {
    }

    static List<Block> blocks(List<List<Word>> lines) {
        List<List<Chunk>> chunked = lines.stream().map(PdfPageLayout::chunks).toList();
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < chunked.size()) {
            int end = tableEnd(chunked, i);
            if (end > i) {
                blocks.add(table(chunked.subList(i, end)));
                i = end;
            } else {
                blocks.add(new Paragraph(text(chunked.get(i)), false));
                i++;
            }
        }
        return blocks;
    }

    private static List<Chunk> chunks(List<Word> words) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder text = null;
        float x = 0;
        Word previous = null;
        for (Word word : words) {
            float gap = previous == null ? Float.MAX_VALUE : word.x() - previous.end();
            if (previous == null || gap > Math.max(3 * previous.space(), 6f)) {
                if (text != null) {
                    chunks.add(new Chunk(text.toString(), x));
                }
                text = new StringBuilder(word.text());
                x = word.x();
            } else {
                text.append(' ').append(word.text());
            }
            previous = word;
        }
        if (text != null) {
            chunks.add(new Chunk(text.toString(), x));
        }
        return chunks;
    }

    private static String text(List<Chunk> chunks) {
        return chunks.stream().map(Chunk::text).collect(Collectors.joining(" "));
    }

    /** The end of a table starting at this line (which must have several chunks), else {@code from}. */
    private static int tableEnd(List<List<Chunk>> lines, int from) {
        if (lines.get(from).size() < 2) {
            return from;
        }
        int end = from + 1;
        int loose = 0;
        for (int i = from + 1; i < lines.size() && loose <= MAX_LOOSE_LINES; i++) {
            if (lines.get(i).size() >= 2) {
                end = i + 1;
                loose = 0;
            } else {
                loose++;
            }
        }
        return end - from >= 2 ? end : from;
    }

    private static Table table(List<List<Chunk>> lines) {
        float[] columns = columns(lines);
        List<Row> rows = new ArrayList<>();
        for (List<Chunk> line : lines) {
            String[] cells = new String[columns.length];
            Arrays.fill(cells, "");
            for (Chunk chunk : line) {
                int column = 0;
                for (int c = 0; c < columns.length; c++) {
                    if (columns[c] <= chunk.x() + COLUMN_TOLERANCE) {
                        column = c;
                    }
                }
                cells[column] = cells[column].isEmpty() ? chunk.text() : cells[column] + " " + chunk.text();
            }
            rows.add(Row.of(Arrays.asList(cells)));
        }
        return new Table(rows, true);
    }

    /**
     * Column starts: the x-positions where chunks of several lines begin (within the tolerance), plus the start of
     * the first line's chunks (a header row names every column even when the rows below leave some empty).
     */
    private static float[] columns(List<List<Chunk>> lines) {
        List<Float> starts = new ArrayList<>();
        lines.stream().filter(l -> l.size() >= 2).forEach(l -> l.forEach(c -> starts.add(c.x())));
        starts.sort(Float::compare);
        List<float[]> clusters = new ArrayList<>();
        for (float x : starts) {
            float[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && x - last[1] <= COLUMN_TOLERANCE) {
                last[1] = x;
                last[2]++;
            } else {
                clusters.add(new float[]{x, x, 1});
            }
        }
        List<Float> header = lines.get(0).stream().map(Chunk::x).toList();
        List<Float> columns = new ArrayList<>();
        for (float[] cluster : clusters) {
            boolean inHeader = header.stream().anyMatch(x -> x >= cluster[0] - 0.01f && x <= cluster[1] + 0.01f);
            if (cluster[2] >= 2 || inHeader) {
                columns.add(cluster[0]);
            }
        }
        float[] result = new float[columns.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = columns.get(i);
        }
        return result;
    }
}
