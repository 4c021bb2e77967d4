package vn.cchc.spreadsheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A table as shown on a page, written to an .xlsx sheet by {@link WorkbookWriter}: a title line, a header row, then the rows. */
public record ExcelTable(String sheetName, String title, List<String> headers, List<List<Object>> rows) {

    public static final String CONTENT_TYPE = WorkbookWriter.CONTENT_TYPE;

    public static byte[] workbook(List<ExcelTable> tables) {
        try (WorkbookWriter writer = new WorkbookWriter()) {
            for (ExcelTable t : tables) {
                TableSheet sheet = writer.sheet(t.sheetName()).title(t.title()).header(t.headers());
                t.rows().forEach(sheet::row);
            }
            return writer.bytes();
        }
    }

    public static ResponseEntity<byte[]> download(List<ExcelTable> tables, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(workbook(tables));
    }
}
