package vn.cchc.spreadsheet;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.cchc.files.FileKind;
import vn.cchc.files.UploadCheck;
import vn.cchc.files.UploadResult;
import vn.cchc.vietnamese.Vietnamese;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Set;

/**
 * The one way uploaded .xlsx files are read: the container is checked first (kind, size, {@link
 * vn.cchc.files.ZipLimits}), then the first sheet is parsed with SAX and its rows handed to a {@link RowHandler}
 * one by one. Nothing holds the whole sheet; shared strings are capped in number and length, and a sheet with more
 * than {@code cchc.import.max-rows} rows is refused as soon as the row after the cap is met.
 */
@Component
public class SheetReader {

    private final int maxRows;
    private final UploadCheck check;

    @Autowired
    public SheetReader(@Value("${cchc.import.max-rows:20000}") int maxRows,
                       @Value("${cchc.import.max-bytes:20971520}") long maxBytes) {
        if (maxRows <= 0) {
            throw new IllegalArgumentException("cchc.import.max-rows must be positive: " + maxRows);
        }
        this.maxRows = maxRows;
        this.check = new UploadCheck(Set.of(FileKind.XLSX), maxBytes);
    }

    public int maxRows() {
        return maxRows;
    }

    /** The largest workbook accepted, in bytes: a reader of a stream need hold no more than one byte beyond it. */
    public long maxBytes() {
        return check.maxBytes();
    }

    /**
     * Reads the first sheet of a workbook.
     *
     * @param fileName the name the user gave the file, for the messages
     * @throws SheetRefused when the file is not a readable .xlsx or passes a limit; what the handler throws is
     *                      passed on unchanged
     */
    public void read(String fileName, byte[] xlsx, RowHandler handler) {
        UploadResult verdict = check.check(xlsx);
        if (!verdict.isAccepted()) {
            throw switch (verdict.refusal()) {
                case TOO_LARGE -> new SheetRefused(SheetRefused.Reason.TOO_LARGE, "size", fileName,
                        String.valueOf(check.maxBytes() / (1024 * 1024)));
                case TOO_MANY_ENTRIES -> new SheetRefused(SheetRefused.Reason.TOO_MANY_ENTRIES, "entries", fileName);
                case EXPANDS_TOO_MUCH -> new SheetRefused(SheetRefused.Reason.EXPANDS_TOO_MUCH, "inflated size", fileName);
                case EMPTY, NOT_ALLOWED -> new SheetRefused(SheetRefused.Reason.UNREADABLE, "not an .xlsx", fileName);
            };
        }
        Path file = null;
        try {
            // POI reads a package from a stream by buffering every part; from a file it inflates a part only when asked
            file = Files.createTempFile("cchc-sheet-", ".xlsx");
            Files.write(file, xlsx);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                readFirstSheet(fileName, new XSSFReader(pkg), handler);
            }
        } catch (SheetRefused e) {
            throw e;
        } catch (SheetXml.HandlerFailure e) {
            // the importer's own exception (its message, its type), not a fault of the file
            throw e.getCause();
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new SheetRefused(e);
        } finally {
            delete(file);
        }
    }

    private void readFirstSheet(String fileName, XSSFReader reader, RowHandler handler)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        WorkbookXml workbook = new WorkbookXml();
        parse(reader.getWorkbookData(), workbook);
        if (workbook.firstSheet == null) {
            throw new IllegalArgumentException("a workbook without sheets");
        }
        SharedStrings shared = new SharedStrings(fileName, maxRows);
        InputStream strings = optional(reader::getSharedStringsData);
        if (strings != null) {
            parse(strings, shared);
        }
        CellFormats formats = new CellFormats();
        InputStream styles = optional(reader::getStylesData);
        if (styles != null) {
            parse(styles, formats);
        }
        try {
            parse(reader.getSheet(workbook.firstSheet),
                    new SheetXml(fileName, maxRows, shared, formats, workbook.date1904, handler));
        } catch (SheetXml.Stop e) {
            // the handler has what it wanted
        }
    }

    private static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException, ParserConfigurationException {
        try (in) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        }
    }

    private interface Part {
        InputStream open() throws IOException, OpenXML4JException;
    }

    /** Shared strings and styles are optional parts; POI signals a missing one by null or by an exception. */
    private static InputStream optional(Part part) {
        try {
            return part.open();
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            return null;
        }
    }

    /** A count as the messages show it, the Vietnamese way: 20.000. */
    static String count(int n) {
        return NumberFormat.getIntegerInstance(Vietnamese.LOCALE).format(n);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
