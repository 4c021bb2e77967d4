package vn.cchc.plan;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.document.DocumentHeading;
import vn.cchc.document.OfficialDocx;
import vn.cchc.document.OfficialTexts;
import vn.cchc.document.PageLayout;
import vn.cchc.document.TableColumn;
import vn.cchc.document.TableRow;
import vn.cchc.spreadsheet.TableSheet;
import vn.cchc.spreadsheet.WorkbookWriter;
import vn.cchc.vietnamese.Vietnamese;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A task list in the layout units know: STT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành | Sản phẩm | Tình
 * trạng, then what the screen also shows: the due date the phrase resolves to and the directing leader. In the sheet
 * those two come last, so that the first seven columns stay the task template the import reads back.
 */
@Component
class TaskExport {

    private static final Locale VI = Vietnamese.LOCALE;
    private static final String[] HEADER_KEYS = {"plan.export.no", "plan.export.content", "plan.export.lead",
            "plan.export.coordinate", "plan.export.deadline", "plan.export.output", "plan.export.state", "plan.export.dueDate",
            "plan.export.directedBy"};
    private static final java.time.format.DateTimeFormatter DMY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final OfficialTexts official;
    private final Clock clock;
    private final SectionTitles sectionTitles;

    TaskExport(MessageSource messages, OfficialTexts official, Clock clock, SectionTitles sectionTitles) {
        this.clock = clock;
        this.sectionTitles = sectionTitles;
        this.messages = messages;
        this.official = official;
    }

    String msg(String key) {
        return messages.getMessage(key, null, key, VI);
    }

    /** The plan's number and title; else the unit whose tasks they are; else the year's reform tasks. */
    String title(PlanSummary plan, vn.cchc.directory.UnitRef unit, Integer year) {
        if (plan != null) {
            return Plans.nz(plan.number()) + " " + Plans.nz(plan.title());
        }
        String of = year == null ? msg("plan.export.titleAll") : messages.getMessage("plan.export.titleYear", new Object[]{year}, VI);
        return unit == null ? of : of + " - " + unit.name();
    }

    private String[] cells(TaskRow t, int index) {
        String no = t.number() == null || t.number().isBlank() ? Integer.toString(index) : t.number();
        String state = msg("plan.state." + t.state());
        if (t.daysLate() > 0) {
            state = state + " (" + t.daysLate() + " " + msg("plan.export.days") + ")";
        }
        return new String[]{no, Plans.nz(t.content()), t.leadNames(), t.coordinateNames(),
                Plans.nz(t.deadlineText()), Plans.nz(t.output()), state, t.due() == null ? "" : t.due().format(DMY),
                Plans.nz(t.directedBy())};
    }

    byte[] xlsx(String title, List<TaskRow> rows) {
        try (WorkbookWriter writer = new WorkbookWriter(WorkbookWriter.Look.BORDERED)) {
            TableSheet sheet = writer.sheet(msg("plan.export.sheet")).title(title).blank()
                    .header(Arrays.stream(HEADER_KEYS).map(this::msg).toList());
            String currentSection = null;
            int index = 0;
            Map<Long, Map<String, String>> titles = titles(rows);
            for (TaskRow t : rows) {
                // A heading row per section as printed ("II", "II. CÔNG TÁC …"), so importing the sheet back restores it.
                String sec = t.planNumber() + " " + Plans.nz(t.section());
                if (!sec.equals(currentSection) && !Plans.nz(t.section()).isBlank()) {
                    currentSection = sec;
                    sheet.boldRow(SectionTitles.heading(titles, t.planId(), t.section()), Plans.nz(t.planNumber()));
                }
                Object[] row = Arrays.copyOf(cells(t, ++index), HEADER_KEYS.length, Object[].class);
                // a date cell, so that the sheet sorts and filters by it
                row[7] = t.due();
                sheet.row(row);
            }
            sheet.widths(6, 60, 25, 30, 18, 25, 18, 14, 25);
            return writer.bytes();
        }
    }

    /**
     * The task list as an official document of Sở Nội vụ, landscape because seven columns do not fit a portrait
     * A4 (the decree allows it for wide tables).
     */
    byte[] docx(String title, String issuingUnit, List<TaskRow> rows) {
        DocumentHeading heading = official.heading(msg("plan.docx.number"), msg("plan.docx.type"), title, LocalDate.now(clock));
        if (issuingUnit != null) {
            // a unit's own list is the unit's document, not the standing agency's
            heading = new DocumentHeading(heading.parentBody(), issuingUnit, msg("plan.docx.numberUnit"), heading.place(),
                    heading.date(), heading.type(), heading.summary(), heading.motto1(), heading.motto2());
        }
        List<TableRow> body = new ArrayList<>();
        int index = 0;
        Map<Long, Map<String, String>> titles = titles(rows);
        String currentSection = null;
        for (TaskRow t : rows) {
            String sec = t.planNumber() + " " + Plans.nz(t.section());
            if (!sec.equals(currentSection) && !Plans.nz(t.section()).isBlank()) {
                currentSection = sec;
                body.add(new TableRow(List.of("", SectionTitles.heading(titles, t.planId(), t.section())), true));
            }
            String[] cells = cells(t, ++index);
            if (!cells[7].isEmpty()) {
                // the date beside the printed phrase, in the same cell: the table keeps the decree's column layout
                cells[4] = cells[4].isEmpty() ? cells[7] : cells[4] + " (" + cells[7] + ")";
            }
            body.add(TableRow.of(Arrays.asList(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[8])));
        }
        return new OfficialDocx(heading, PageLayout.LANDSCAPE)
                .table(columns(), body)
                .closing(official.closing(List.of(msg("plan.docx.recipient1"), msg("plan.docx.recipient2"))))
                .bytes();
    }

    private Map<Long, Map<String, String>> titles(List<TaskRow> rows) {
        return sectionTitles.ofPlans(rows.stream().map(TaskRow::planId).distinct().toList());
    }

    /** Widths in percent; the number and the deadline are short and centred, the rest is text that wraps. */
    private List<TableColumn> columns() {
        int[] widths = {5, 30, 13, 15, 12, 11, 8, 6};
        int[] keys = {0, 1, 2, 3, 4, 5, 6, 8};
        List<TableColumn> columns = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            columns.add(new TableColumn(msg(HEADER_KEYS[keys[i]]), widths[i], i != 0 && i != 4));
        }
        return columns;
    }
}
