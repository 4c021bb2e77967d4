package vn.cchc.indicator;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import vn.cchc.time.ProvinceTime;

/** A table as shown on a page, written to an .xlsx sheet: a title line, a header row, then the rows. */
public record ExcelTable(String sheetName, String title, List<String> headers, List<List<Object>> rows) {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] workbook(List<ExcelTable> tables) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (ExcelTable t : tables) {
                Sheet sheet = wb.createSheet(safe(t.sheetName()));
                int r = 0;
                Row title = sheet.createRow(r++);
                title.createCell(0).setCellValue(t.title());
                title.getCell(0).setCellStyle(bold);
                Row header = sheet.createRow(r++);
                for (int c = 0; c < t.headers().size(); c++) {
                    header.createCell(c).setCellValue(t.headers().get(c));
                    header.getCell(c).setCellStyle(bold);
                }
                for (List<Object> values : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        var cell = row.createCell(c);
                        if (v instanceof BigDecimal b) {
                            cell.setCellValue(b.doubleValue());
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof OffsetDateTime d) {
                            cell.setCellValue(d.atZoneSameInstant(ProvinceTime.ZONE).toLocalDateTime().toString().replace('T', ' '));
                        } else if (v instanceof LocalDate || v instanceof Temporal) {
                            cell.setCellValue(v.toString());
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(String name) {
        String s = name.replaceAll("[\\\\/?*\\[\\]:]", "-");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    public static ResponseEntity<byte[]> download(List<ExcelTable> tables, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(workbook(tables));
    }
}
