package vn.cchc.spreadsheet;

import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * SAX handler of one worksheet part: builds each row's cells and hands the row on, so memory holds one row at a
 * time. It counts rows and refuses the sheet as soon as it passes the cap.
 */
final class SheetXml extends DefaultHandler {

    /** Excel's own limits: a cell holds at most 32,767 characters, a row at most 16,384 columns. */
    static final int MAX_CELL_CHARS = 32_767;
    private static final int MAX_COLUMNS = 16_384;

    /** Thrown to leave the parse when the handler asks to stop. */
    static final class Stop extends SAXException {
        Stop() {
            super("stopped by the row handler");
        }
    }

    /** Carries what the row handler threw through the parser, so the caller gets it unchanged. */
    static final class HandlerFailure extends SAXException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private final String fileName;
    private final int maxRows;
    private final SharedStrings shared;
    private final CellFormats formats;
    private final boolean date1904;
    private final RowHandler handler;

    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private SheetCell[] cells = new SheetCell[16];
    private int width;
    private int rows;
    private int rowNumber;
    private int column;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInline;
    private boolean inInlineText;
    private boolean inPhonetic;

    SheetXml(String fileName, int maxRows, SharedStrings shared, CellFormats formats, boolean date1904, RowHandler handler) {
        this.fileName = fileName;
        this.maxRows = maxRows;
        this.shared = shared;
        this.formats = formats;
        this.date1904 = date1904;
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                if (++rows > maxRows) {
                    throw new SheetRefused(SheetRefused.Reason.TOO_MANY_ROWS, "rows", fileName,
                            SheetReader.count(maxRows));
                }
                Integer r = number(attributes.getValue("r"));
                rowNumber = r != null ? r : rowNumber + 1;
                Arrays.fill(cells, 0, width, null);
                width = 0;
                column = -1;
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref != null ? columnOf(ref) : column + 1;
                type = attributes.getValue("t");
                Integer s = number(attributes.getValue("s"));
                style = s == null ? 0 : s;
                value.setLength(0);
                inline.setLength(0);
            }
            case "v" -> inValue = true;
            case "is" -> inInline = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = inInline && !inPhonetic;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "rPh" -> inPhonetic = false;
            case "t" -> inInlineText = false;
            case "c" -> put(cell());
            case "row" -> {
                boolean more;
                try {
                    more = handler.row(new SheetRow(rowNumber, Arrays.copyOf(cells, width)));
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
                if (!more) {
                    throw new Stop();
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        StringBuilder target = inValue ? value : inInlineText ? inline : null;
        if (target != null) {
            if (target.length() + length > MAX_CELL_CHARS) {
                throw new SheetRefused(SheetRefused.Reason.CELL_TOO_LONG, "cell", fileName, String.valueOf(rowNumber));
            }
            target.append(ch, start, length);
        }
    }

    private SheetCell cell() {
        String v = value.toString();
        if (type == null || type.equals("n")) {
            return v.isBlank() ? null
                    : SheetCell.number(column, Double.parseDouble(v), formats.formatIndex(style), formats.formatString(style), date1904);
        }
        return switch (type) {
            case "s" -> SheetCell.text(column, SheetCell.Type.TEXT, shared.get(Integer.parseInt(v.trim())));
            case "inlineStr" -> SheetCell.text(column, SheetCell.Type.TEXT, inline.length() > 0 ? inline.toString() : v);
            case "str" -> SheetCell.text(column, SheetCell.Type.TEXT, v);
            case "b" -> SheetCell.text(column, SheetCell.Type.BOOLEAN, v.trim().equals("1") || v.trim().equalsIgnoreCase("true") ? "TRUE" : "FALSE");
            case "e" -> SheetCell.text(column, SheetCell.Type.ERROR, v);
            case "d" -> isoDate(v);
            default -> throw new IllegalArgumentException("cell type " + type);
        };
    }

    /** A cell typed "d" holds an ISO 8601 date; it is kept as Excel's serial number, like any other date. */
    private SheetCell isoDate(String v) {
        try {
            String t = v.trim();
            LocalDateTime at = t.length() <= 10 ? java.time.LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
            int index = formats.formatIndex(style);
            String format = DateUtil.isADateFormat(index, formats.formatString(style)) ? formats.formatString(style) : "dd/mm/yyyy";
            return SheetCell.number(column, DateUtil.getExcelDate(at, date1904), index == 0 ? 14 : index, format, date1904);
        } catch (DateTimeParseException e) {
            return SheetCell.text(column, SheetCell.Type.TEXT, v);
        }
    }

    private void put(SheetCell cell) {
        if (cell == null || column < 0 || column >= MAX_COLUMNS) {
            return;
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        cells[column] = cell;
        width = Math.max(width, column + 1);
    }

    /** "AB12" → 27; the letters are the column. */
    private static int columnOf(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            c = c * 26 + (ch - 'A' + 1);
            if (c > MAX_COLUMNS) {
                return MAX_COLUMNS;
            }
        }
        return c - 1;
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
