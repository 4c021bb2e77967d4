package vn.cchc.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one writer of .xlsx exports: sheets of tables (a title, a header, rows of typed cells) in one look. It streams
 * (at most {@value #ROWS_IN_MEMORY} rows of a sheet are held in memory), so a large export is bounded in memory.
 * Use it once: add the sheets, then take {@link #bytes()}.
 */
public final class WorkbookWriter implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final int ROWS_IN_MEMORY = 200;

    /** How the cells look. */
    public enum Look {
        /** Bold title, a shaded bold header, plain cells. */
        PLAIN,
        /** Times New Roman, thin borders, wrapped text at the top of the cell: the task list as units print it. */
        BORDERED
    }

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    final CellStyle title;
    final CellStyle header;
    final CellStyle body;
    final CellStyle bold;
    final CellStyle date;
    final CellStyle boldDate;

    public WorkbookWriter() {
        this(Look.PLAIN);
    }

    public WorkbookWriter(Look look) {
        Font strong = workbook.createFont();
        strong.setBold(true);
        Font normal = workbook.createFont();
        if (look == Look.BORDERED) {
            strong.setFontName("Times New Roman");
            normal.setFontName("Times New Roman");
        }
        body = workbook.createCellStyle();
        body.setFont(normal);
        bold = workbook.createCellStyle();
        bold.setFont(strong);
        title = workbook.createCellStyle();
        title.setFont(strong);
        header = workbook.createCellStyle();
        header.setFont(strong);
        if (look == Look.BORDERED) {
            for (CellStyle s : new CellStyle[]{body, bold, title, header}) {
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
        } else {
            header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
        }
        short dayFormat = workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy");
        date = workbook.createCellStyle();
        date.cloneStyleFrom(body);
        date.setDataFormat(dayFormat);
        boldDate = workbook.createCellStyle();
        boldDate.cloneStyleFrom(bold);
        boldDate.setDataFormat(dayFormat);
    }

    /** A new sheet; characters Excel refuses in a sheet name become "-", and the name is cut to 31 characters. */
    public TableSheet sheet(String name) {
        return new TableSheet(this, workbook.createSheet(safeName(name)));
    }

    public boolean hasSheets() {
        return workbook.getNumberOfSheets() > 0;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    static String safeName(String name) {
        String s = name.replaceAll("[\\\\/?*\\[\\]:]", "-");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
