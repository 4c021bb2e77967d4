package vn.cchc.spreadsheet;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * The workbook's shared strings (xl/sharedStrings.xml), read once before the sheet because cells point into it.
 * Only plain strings are kept (no rich-text objects), and their number and total length are capped: a few
 * megabytes of zip can hold millions of distinct strings, and they would all have to sit in the heap.
 */
final class SharedStrings extends DefaultHandler {

    /** Distinct strings and characters a workbook may hold per row allowed. */
    private static final int STRINGS_PER_ROW = 20;
    private static final int CHARS_PER_ROW = 1000;

    private final int maxStrings;
    private final long maxChars;
    private final String fileName;
    private final int maxRows;
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private long chars;
    private boolean inItem;
    private boolean inText;
    private boolean inPhonetic;

    SharedStrings(String fileName, int maxRows) {
        this.fileName = fileName;
        this.maxRows = maxRows;
        this.maxStrings = maxRows * STRINGS_PER_ROW;
        this.maxChars = (long) maxRows * CHARS_PER_ROW;
    }

    String get(int index) {
        if (index < 0 || index >= strings.size()) {
            throw new IllegalArgumentException("shared string " + index + " of " + strings.size());
        }
        return strings.get(index);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                current.setLength(0);
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = inItem && !inPhonetic;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                inItem = false;
                if (strings.size() >= maxStrings) {
                    throw new SheetRefused(SheetRefused.Reason.TOO_MUCH_TEXT, "shared strings", fileName, SheetReader.count(maxRows));
                }
                strings.add(current.toString());
            }
            case "rPh" -> inPhonetic = false;
            case "t" -> inText = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            chars += length;
            if (chars > maxChars) {
                throw new SheetRefused(SheetRefused.Reason.TOO_MUCH_TEXT, "shared string characters", fileName, SheetReader.count(maxRows));
            }
            current.append(ch, start, length);
        }
    }
}
