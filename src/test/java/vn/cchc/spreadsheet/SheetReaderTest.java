package vn.cchc.spreadsheet;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.files.ZipBombs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one streaming reader of uploaded sheets: rows with their numbers and typed cells, and its limits. */
class SheetReaderTest {

    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);

    private final SheetReader reader = new SheetReader(100, 20 * 1024 * 1024);

    @Test
    void rowsComeWithTheirExcelNumbersAndTheCellsAsTyped() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Đơn vị");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("Mã đơn vị");
            head.createCell(1).setCellValue("Hiệu lực từ ngày");
            Row unit = sheet.createRow(3);
            unit.createCell(0).setCellValue("X_NGHI_PHU");
            var day = wb.createCellStyle();
            day.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            unit.createCell(1).setCellValue(LocalDate.of(2025, 7, 1));
            unit.getCell(1).setCellStyle(day);
            unit.createCell(3).setCellValue(1200.5);
            wb.write(out);
            xlsx = out.toByteArray();
        }
        List<SheetRow> rows = new ArrayList<>();

        reader.read("don-vi.xlsx", xlsx, rows::add);

        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 4);
        assertThat(rows.get(0).text(1, SHOWN)).isEqualTo("Hiệu lực từ ngày");
        SheetRow unit = rows.get(1);
        assertThat(unit.text(0, SHOWN)).isEqualTo("X_NGHI_PHU");
        assertThat(unit.cell(1).localDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(unit.text(1, SHOWN)).isEqualTo("01/07/2025");
        assertThat(unit.cell(2)).isNull();
        assertThat(unit.cell(3).type()).isEqualTo(SheetCell.Type.NUMBER);
        assertThat(unit.cell(3).number()).isEqualTo(1200.5);
    }

    @Test
    void aSheetOfOneHundredRowsIsReadWhole() {
        List<SheetRow> rows = new ArrayList<>();

        reader.read("du.xlsx", streamed(100), rows::add);

        assertThat(rows).hasSize(100);
        assertThat(rows.get(99).text(1, SHOWN)).isEqualTo("Xã Thử Nghiệm 100");
    }

    @Test
    void theRowAfterTheCapRefusesTheSheet() {
        List<SheetRow> rows = new ArrayList<>();

        assertThatThrownBy(() -> reader.read("qua-nhieu.xlsx", streamed(101), rows::add))
                .isInstanceOfSatisfying(SheetRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SheetRefused.Reason.TOO_MANY_ROWS));
        assertThat(rows).hasSize(100);
    }

    @Test
    void aHandlerThatHasWhatItWantsStopsTheReading() {
        List<SheetRow> rows = new ArrayList<>();

        reader.read("tieu-de.xlsx", streamed(5000), row -> rows.add(row) && rows.size() < 2);

        assertThat(rows).hasSize(2);
    }

    @Test
    void whatTheHandlerThrowsReachesTheCallerUnchanged() {
        IllegalStateException own = new IllegalStateException("dòng 2 sai mẫu");

        assertThatThrownBy(() -> reader.read("mau.xlsx", streamed(3), row -> {
            throw own;
        })).isSameAs(own);
    }

    @Test
    void aSpreadsheetBombIsRefusedBeforeAnyRowIsRead() {
        List<SheetRow> rows = new ArrayList<>();

        assertThatThrownBy(() -> reader.read("bom.xlsx", ZipBombs.xlsx(200L * 1024 * 1024), rows::add))
                .isInstanceOfSatisfying(SheetRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SheetRefused.Reason.EXPANDS_TOO_MUCH));
        assertThat(rows).isEmpty();
    }

    @Test
    void aWordDocumentIsNotASpreadsheet() {
        assertThatThrownBy(() -> reader.read("ke-hoach.docx", ZipBombs.docx(64), row -> true))
                .isInstanceOfSatisfying(SheetRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SheetRefused.Reason.UNREADABLE));
    }

    /** Rows written the way SXSSF streams them (inline strings), code and name per row. */
    static byte[] streamed(int rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Đơn vị");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("X_THU_" + (r + 1));
                row.createCell(1).setCellValue("Xã Thử Nghiệm " + (r + 1));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
