package vn.cchc.plan;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.document.DocumentHeading;
import vn.cchc.document.OfficialDocx;
import vn.cchc.document.OfficialTexts;
import vn.cchc.document.PageLayout;
import vn.cchc.document.TableColumn;
import vn.cchc.document.TableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A task list in the layout units know: STT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành | Sản phẩm | Tình trạng. */
@Component
class TaskExport {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final String[] HEADER_KEYS = {"plan.export.no", "plan.export.content", "plan.export.lead",
            "plan.export.coordinate", "plan.export.deadline", "plan.export.output", "plan.export.state"};

    private final MessageSource messages;
    private final OfficialTexts official;
    private final Clock clock;

    TaskExport(MessageSource messages, OfficialTexts official, Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.official = official;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, VI);
    }

    private String[] cells(TaskRow t, int index) {
        String no = t.number() == null || t.number().isBlank() ? Integer.toString(index) : t.number();
        String state = msg("plan.state." + t.state());
        if (t.daysLate() > 0) {
            state = state + " (" + t.daysLate() + " " + msg("plan.export.days") + ")";
        }
        return new String[]{no, PlanStore.nz(t.content()), t.leadNames(), t.coordinateNames(),
                PlanStore.nz(t.deadlineText()), PlanStore.nz(t.output()), state};
    }

    byte[] xlsx(String title, List<TaskRow> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(msg("plan.export.sheet"));
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName("Times New Roman");
            Font normal = wb.createFont();
            normal.setFontName("Times New Roman");
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            border(head);
            CellStyle body = wb.createCellStyle();
            body.setFont(normal);
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            border(body);
            CellStyle section = wb.createCellStyle();
            section.cloneStyleFrom(body);
            section.setFont(bold);
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(head);
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADER_KEYS.length; i++) {
                header.createCell(i).setCellValue(msg(HEADER_KEYS[i]));
                header.getCell(i).setCellStyle(head);
            }
            int r = 3;
            String currentSection = null;
            int index = 0;
            for (TaskRow t : rows) {
                // A heading row per section as printed ("II", "II.3"), so importing the sheet back restores it.
                String sec = t.planNumber() + " " + PlanStore.nz(t.section());
                if (!sec.equals(currentSection) && !PlanStore.nz(t.section()).isBlank()) {
                    currentSection = sec;
                    Row s = sheet.createRow(r++);
                    s.createCell(0).setCellValue(t.section());
                    s.getCell(0).setCellStyle(section);
                    s.createCell(1).setCellValue(PlanStore.nz(t.planNumber()));
                    s.getCell(1).setCellStyle(section);
                }
                String[] cells = cells(t, ++index);
                Row row = sheet.createRow(r++);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                    row.getCell(i).setCellStyle(body);
                }
            }
            int[] widths = {6, 60, 25, 30, 18, 25, 18};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void border(CellStyle s) {
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    /**
     * The task list as an official document of Sở Nội vụ, landscape because seven columns do not fit a portrait
     * A4 (the decree allows it for wide tables).
     */
    byte[] docx(String title, List<TaskRow> rows) {
        DocumentHeading heading = official.heading(msg("plan.docx.number"), msg("plan.docx.type"), title, LocalDate.now(clock));
        List<TableRow> body = new ArrayList<>();
        int index = 0;
        for (TaskRow t : rows) {
            body.add(TableRow.of(Arrays.asList(cells(t, ++index))));
        }
        return new OfficialDocx(heading, PageLayout.LANDSCAPE)
                .table(columns(), body)
                .closing(official.closing(List.of(msg("plan.docx.recipient1"), msg("plan.docx.recipient2"))))
                .bytes();
    }

    /** Widths in percent; the number and the deadline are short and centred, the rest is text that wraps. */
    private List<TableColumn> columns() {
        int[] widths = {5, 33, 14, 16, 10, 12, 10};
        List<TableColumn> columns = new ArrayList<>();
        for (int i = 0; i < HEADER_KEYS.length; i++) {
            columns.add(new TableColumn(msg(HEADER_KEYS[i]), widths[i], i != 0 && i != 4));
        }
        return columns;
    }
}
