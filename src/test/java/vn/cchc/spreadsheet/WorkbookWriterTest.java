package vn.cchc.spreadsheet;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookWriterTest {

    private static Sheet firstSheet(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
    }

    private static byte[] oneRow(Object... values) {
        try (WorkbookWriter writer = new WorkbookWriter()) {
            writer.sheet("Đơn vị").title("Danh sách đơn vị").header(List.of("Mã", "Tên", "Điểm", "Từ ngày", "Nộp lúc"))
                    .row(values);
            return writer.bytes();
        }
    }

    @Test
    void aTableIsTitleThenHeaderThenRows() throws IOException {
        Sheet sheet = firstSheet(oneRow("SNV", "Sở Nội vụ"));
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách đơn vị");
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Tên");
        assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Sở Nội vụ");
        assertThat(sheet.getRow(0).getSheet().getWorkbook().getFontAt(sheet.getRow(1).getCell(1).getCellStyle().getFontIndex())
                .getBold()).isTrue();
    }

    @Test
    void pointsAreNumbersADayIsADateCellAndNullLeavesNoCell() throws IOException {
        Row row = firstSheet(oneRow("SNV", null, new BigDecimal("89.50"), LocalDate.of(2025, 7, 1))).getRow(2);
        assertThat(row.getCell(1)).isNull();
        assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(89.5);
        assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
    }

    @Test
    void aTimestampIsWrittenAsNgheAnLocalTime() throws IOException {
        OffsetDateTime submitted = OffsetDateTime.of(2025, 10, 5, 2, 30, 0, 0, ZoneOffset.UTC);
        Row row = firstSheet(oneRow("SNV", "Sở Nội vụ", null, null, submitted)).getRow(2);
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo("2025-10-05 09:30");
    }

    @Test
    void aSheetNameExcelRefusesIsMadeSafeAndCutTo31Characters() throws IOException {
        byte[] xlsx;
        try (WorkbookWriter writer = new WorkbookWriter()) {
            writer.sheet("Quý 3/2025: Sở Nội vụ [bản nháp] tổng hợp");
            xlsx = writer.bytes();
        }
        String name = firstSheet(xlsx).getSheetName();
        assertThat(name).isEqualTo("Quý 3-2025- Sở Nội vụ -bản nháp");
        assertThat(name).hasSize(31);
    }
}
