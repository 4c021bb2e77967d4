package vn.cchc.spreadsheet;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.HashMap;
import java.util.Map;

/**
 * The number format of each cell style (xl/styles.xml: cellXfs and numFmts), which is all a reader needs to tell
 * a date from a number. Read with SAX instead of POI's StylesTable, which builds an object tree of the whole part.
 */
final class CellFormats extends DefaultHandler {

    /** Excel's own limit of cell formats in a workbook. */
    private static final int MAX_STYLES = 64_000;

    private final Map<Integer, String> custom = new HashMap<>();
    private int[] styles = new int[16];
    private int count;
    private boolean inCellXfs;

    int formatIndex(int style) {
        return style >= 0 && style < count ? styles[style] : 0;
    }

    String formatString(int style) {
        int index = formatIndex(style);
        String format = custom.get(index);
        return format != null ? format : BuiltinFormats.getBuiltinFormat(index);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "numFmt" -> {
                Integer id = number(attributes.getValue("numFmtId"));
                String code = attributes.getValue("formatCode");
                if (id != null && code != null && custom.size() < MAX_STYLES) {
                    custom.put(id, code);
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs && count < MAX_STYLES) {
                    if (count == styles.length) {
                        styles = java.util.Arrays.copyOf(styles, count * 2);
                    }
                    Integer id = number(attributes.getValue("numFmtId"));
                    styles[count++] = id == null ? 0 : id;
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("cellXfs")) {
            inCellXfs = false;
        }
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
