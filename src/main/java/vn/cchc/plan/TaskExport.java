package vn.cchc.plan;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/** A task list in the layout units know: STT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành | Sản phẩm | Tình trạng. */
@Component
class TaskExport {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final String[] HEADER_KEYS = {"plan.export.no", "plan.export.content", "plan.export.lead",
            "plan.export.coordinate", "plan.export.deadline", "plan.export.output", "plan.export.state"};

    private final MessageSource messages;

    TaskExport(MessageSource messages) {
        this.messages = messages;
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

    byte[] docx(String title, List<TaskRow> rows) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sect = doc.getDocument().getBody().addNewSectPr();
            var size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
            var mar = sect.addNewPgMar();
            mar.setLeft(BigInteger.valueOf(1134));
            mar.setRight(BigInteger.valueOf(850));
            mar.setTop(BigInteger.valueOf(1134));
            mar.setBottom(BigInteger.valueOf(1134));
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, title, true, 14);
            XWPFTable table = doc.createTable(rows.size() + 1, HEADER_KEYS.length);
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            for (int i = 0; i < HEADER_KEYS.length; i++) {
                cell(header, i, msg(HEADER_KEYS[i]), true);
            }
            int index = 0;
            for (TaskRow t : rows) {
                String[] cells = cells(t, index + 1);
                XWPFTableRow row = table.getRow(++index);
                for (int i = 0; i < cells.length; i++) {
                    cell(row, i, cells[i], false);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTableRow row, int i, String text, boolean bold) {
        var cell = row.getCell(i);
        XWPFParagraph p = cell.getParagraphs().get(0);
        run(p, text, bold, 12);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily("Times New Roman");
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text == null ? "" : text);
    }
}
