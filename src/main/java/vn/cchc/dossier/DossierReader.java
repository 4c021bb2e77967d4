package vn.cchc.dossier;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.spreadsheet.SheetReader;
import vn.cchc.spreadsheet.SheetRefused;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and decodes a dossier file into cells by column, with their line numbers: detects the encoding
 * (UTF-8 with or without BOM, else Windows-1258; UTF-16 is refused), reads the CSV header or the JSON keys,
 * and hands each row to the checks and the writer. Problems of the file itself are row errors with their line.
 */
final class DossierReader {

    private static final Charset WINDOWS_1258 = Charset.isSupported("windows-1258") ? Charset.forName("windows-1258") : null;

    /** Takes each row read: validated, then written if the file has no error so far. */
    interface Rows {
        void row(Map<Column, String> cells, long line) throws IOException;
    }

    private final DossierFormat format;
    private final RowErrors errors;
    private final ObjectMapper json;
    private final IngestProgress progress;
    private final SheetReader sheets;
    private final String fileName;
    private String encoding = "UTF-8";
    private long rows;

    DossierReader(DossierFormat format, RowErrors errors, ObjectMapper json, IngestProgress progress, SheetReader sheets,
                  String fileName) {
        this.sheets = sheets;
        this.fileName = fileName;
        this.format = format;
        this.errors = errors;
        this.json = json;
        this.progress = progress;
    }

    String encoding() {
        return encoding;
    }

    long rows() {
        return rows;
    }

    /** Forgets what a first reading found, before the file is read again. */
    void restart() {
        errors.clear();
        rows = 0;
        encoding = "UTF-8";
    }

    void read(InputStream source, Rows handler) throws IOException {
        if (format == DossierFormat.XLSX) {
            readXlsx(source, handler);
            return;
        }
        BufferedInputStream bin = new BufferedInputStream(source, 1 << 16);
        Reader text = reader(bin);
        if (text == null) {
            return;
        }
        boolean windows = !"UTF-8".equals(encoding) && !"UTF-8 (BOM)".equals(encoding);
        if (format == DossierFormat.CSV) {
            readCsv(text, windows, handler);
        } else {
            readJsonLines(new BufferedReader(text, 1 << 16), windows, handler);
        }
    }

    /**
     * RFC 4180 records, which may span lines (a quoted field may hold commas, quotes and line breaks); each is
     * named by the line it starts on.
     */
    private void readCsv(Reader text, boolean windows, Rows handler) throws IOException {
        Column[] header = null;
        long line = 0;
        // not closed: that would close the upload's stream, which a second reading may still need
        CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(',').quoteCharacter('"').skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(text);
        CloseableIterator<CsvRecord> records = csv.iterator();
        while (true) {
            CsvRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (CsvParseException e) {
                errors.add(line + 1, null, "dossier.error.quote");
                return;
            }
            line = record.getStartingLineNumber();
            int n = record.getFieldCount();
            String[] values = new String[n];
            boolean blank = true;
            for (int i = 0; i < n; i++) {
                String v = record.getField(i);
                if (v.indexOf('\uFFFD') >= 0) {
                    // bytes that are not valid in the detected encoding: named by their line
                    errors.add(line, null, "dossier.error.encoding", String.valueOf(line));
                    return;
                }
                if (windows) {
                    v = Normalizer.normalize(v, Normalizer.Form.NFC);
                }
                values[i] = v.strip();
                blank &= values[i].isEmpty();
            }
            if (blank && n == 1) {
                continue;
            }
            if (header == null) {
                header = header(values, line);
                if (header == null) {
                    return;
                }
                continue;
            }
            if (n != header.length) {
                boolean openQuote = record.getFields().stream().anyMatch(v -> v.indexOf('\n') >= 0);
                if (openQuote) {
                    errors.add(line, null, "dossier.error.quote");
                } else {
                    errors.add(line, null, "dossier.error.fieldCount", header.length, n);
                }
                if (errors.full()) {
                    return;
                }
                continue;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            for (int i = 0; i < n; i++) {
                if (header[i] != null && !values[i].isEmpty()) {
                    cells.put(header[i], values[i]);
                }
            }
            if (!row(cells, line, handler)) {
                return;
            }
        }
        if (header == null) {
            errors.add(0, null, "dossier.error.empty");
        }
    }

    /**
     * The first sheet of a workbook, its first non-empty row naming the columns as a CSV header does. The zip must be
     * whole to be read, so its bytes are held (at most the spreadsheet limit, one byte more is refused as too large);
     * its rows are streamed by {@link SheetReader} like the lines of a CSV.
     */
    private void readXlsx(InputStream source, Rows handler) throws IOException {
        encoding = "xlsx";
        byte[] xlsx = source.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, sheets.maxBytes() + 1));
        Column[][] header = new Column[1][];
        try {
            sheets.read(fileName, xlsx, row -> {
                if (row.isEmpty()) {
                    return true;
                }
                String[] values = DossierSheet.values(row);
                if (header[0] == null) {
                    header[0] = header(values, row.number());
                    return header[0] != null;
                }
                Map<Column, String> cells = new EnumMap<>(Column.class);
                for (int i = 0; i < values.length && i < header[0].length; i++) {
                    if (header[0][i] != null && !values[i].isEmpty()) {
                        cells.put(header[0][i], values[i]);
                    }
                }
                try {
                    return row(cells, row.number(), handler);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (SheetRefused e) {
            if (e.reason() == SheetRefused.Reason.UNREADABLE) {
                errors.add(0, null, "dossier.error.xlsxUnreadable", fileName);
            } else {
                errors.addRefusal(e);
            }
            return;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        if (header[0] == null && !errors.any()) {
            errors.add(0, null, "dossier.error.empty");
        }
    }

    private void readJsonLines(BufferedReader reader, boolean windows, Rows handler) throws IOException {
        long line = 0;
        String text;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.indexOf('\uFFFD') >= 0) {
                errors.add(line, null, "dossier.error.encoding", String.valueOf(line));
                return;
            }
            if (text.isBlank()) {
                continue;
            }
            if (windows) {
                text = Normalizer.normalize(text, Normalizer.Form.NFC);
            }
            Map<Column, String> cells = jsonLine(text, line);
            if (cells == null) {
                if (errors.full()) {
                    return;
                }
                continue;
            }
            if (!row(cells, line, handler)) {
                return;
            }
        }
    }

    /** Counts and hands on one row; false when the file has too many errors to go on. */
    private boolean row(Map<Column, String> cells, long line, Rows handler) throws IOException {
        rows++;
        if ((rows & 0x3FFF) == 0) {
            progress.rows.set(rows);
        }
        handler.row(cells, line);
        return !errors.full();
    }

    /** UTF-8 with or without BOM; else Windows-1258 when the bytes are not UTF-8; UTF-16 is refused. */
    private Reader reader(BufferedInputStream bin) throws IOException {
        bin.mark(1 << 16);
        byte[] head = bin.readNBytes(1 << 16);
        bin.reset();
        Charset charset = StandardCharsets.UTF_8;
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            errors.add(0, null, "dossier.error.utf16");
            return null;
        }
        if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            bin.skipNBytes(3);
            encoding = "UTF-8 (BOM)";
        } else if (!validUtf8(head)) {
            if (WINDOWS_1258 == null) {
                errors.add(0, null, "dossier.error.encoding", "1");
                return null;
            }
            charset = WINDOWS_1258;
            encoding = "windows-1258";
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(bin, decoder);
    }

    private static boolean validUtf8(byte[] head) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult r = d.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length + 1), false);
        return !r.isError();
    }

    private Column[] header(String[] names, long line) {
        if (names.length == 1 && (names[0].indexOf(';') >= 0 || names[0].indexOf('\t') >= 0)) {
            errors.add(line, null, "dossier.error.delimiter", names[0].indexOf(';') >= 0 ? ";" : "TAB");
            return null;
        }
        Column[] columns = new Column[names.length];
        Set<Column> seen = new java.util.HashSet<>();
        for (int i = 0; i < names.length; i++) {
            columns[i] = Column.of(names[i]);
            if (columns[i] != null && !seen.add(columns[i])) {
                errors.add(line, columns[i], "dossier.error.columnTwice", names[i]);
            }
        }
        if (seen.isEmpty()) {
            errors.add(line, null, "windows-1258".equals(encoding) ? "dossier.error.headerEncoding" : "dossier.error.header",
                    java.util.Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(",")));
            return null;
        }
        List<String> missing = java.util.Arrays.stream(Column.values()).filter(c -> c.required && !seen.contains(c))
                .map(Column::header).toList();
        if (!missing.isEmpty()) {
            errors.add(line, null, "dossier.error.missingColumns", String.join(", ", missing));
            return null;
        }
        return errors.any() ? null : columns;
    }

    private Map<Column, String> jsonLine(String text, long line) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (RuntimeException e) {
            errors.add(line, null, "dossier.error.json");
            return null;
        }
        if (node == null || !node.isObject()) {
            errors.add(line, null, "dossier.error.json");
            return null;
        }
        Map<Column, String> cells = new EnumMap<>(Column.class);
        for (var e : node.properties()) {
            Column c = Column.of(e.getKey());
            JsonNode v = e.getValue();
            if (c != null && v != null && !v.isNull()) {
                String s = v.isString() ? v.asString().strip() : v.toString();
                if (!s.isEmpty()) {
                    cells.put(c, s);
                }
            }
        }
        return cells;
    }
}
