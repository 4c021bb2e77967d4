package vn.cchc.plan.parse;

import vn.cchc.plan.parse.DocumentModel.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the task tables of the document model (text, .docx and .pdf tables alike):
 * STT | content | directing leader | lead | coordinating | deadline | output. Columns are located by the
 * header's words, so a table without a leader column still reads. Repeated headers (page breaks) are skipped,
 * a row with an empty STT continues the row above, and two known cell losses are repaired with a warning.
 */
final class TaskTableReader {

    private enum Column { NUMBER, CONTENT, DIRECTED_BY, LEAD, COORDINATE, DEADLINE, OUTPUT }

    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})\\.?$");
    private static final Pattern SECTION = Pattern.compile("^([IVX]{1,5})[.\\-]?(?:\\s+(.*))?$");

    private final AgencyCells agencies;

    TaskTableReader(AgencyCells agencies) {
        this.agencies = agencies;
    }

    private static final class Row {
        final String section;
        final List<ReformArea> sectionAreas;
        final String[] cells = new String[Column.values().length];
        /** The task row just above in the same group (no heading or table end between), else null. */
        final Row above;
        /** From a PDF, where a lead cell merged down is printed once and the rows under it look empty. */
        final boolean mergesHidden;
        boolean hasLeadColumn;

        Row(String section, List<ReformArea> sectionAreas, Row above, boolean mergesHidden) {
            this.section = section;
            this.sectionAreas = sectionAreas;
            this.above = above;
            this.mergesHidden = mergesHidden;
        }

        String label() {
            return (section == null ? "" : section + ".") + get(Column.NUMBER);
        }

        void append(Column column, String text) {
            if (VietnameseText.isBlank(text)) {
                return;
            }
            String current = cells[column.ordinal()];
            cells[column.ordinal()] = current == null ? text.strip() : current + " " + text.strip();
        }

        String get(Column column) {
            return VietnameseText.blankToNull(cells[column.ordinal()]);
        }
    }

    /** The task rows of the tables, and which tables held them (their cells are not running text). */
    private record Scan(List<Row> rows, Set<Table> taskTables, List<PlanSection> sections, List<String> warnings) {
    }

    List<PlanTask> read(List<Table> tables, int planYear, LocalDate onDate) {
        List<PlanTask> tasks = new ArrayList<>();
        for (Row row : scan(tables).rows()) {
            // in order: a lead carried down into this row may be carried on into the next
            List<String> warnings = new ArrayList<>();
            carryLeadDown(row, warnings);
            tasks.add(toTask(row, planYear, onDate, warnings));
        }
        return tasks;
    }

    /**
     * A PDF row with no lead: the lead may be a cell merged down from the row above, which a PDF does not show, or
     * left empty on purpose. So the reviewer is always told; the lead above in the same group is taken only as a
     * proposal, named as such in the warning, and nothing is taken across a group heading.
     */
    private static void carryLeadDown(Row row, List<String> warnings) {
        if (!row.mergesHidden || !row.hasLeadColumn || row.get(Column.LEAD) != null) {
            return;
        }
        String above = row.above == null ? null : row.above.get(Column.LEAD);
        if (above == null) {
            warnings.add("Dòng " + row.label() + ": không có cơ quan chủ trì.");
            return;
        }
        row.cells[Column.LEAD.ordinal()] = above;
        warnings.add("Dòng " + row.label() + ": không có cơ quan chủ trì; bản PDF không cho thấy ô gộp nên tạm lấy cơ quan "
                + "chủ trì của dòng " + row.above.label() + " (\"" + above + "\"), cần kiểm tra lại với văn bản gốc.");
    }

    /** The tables that are task tables: one with a task header, and the tables of the same width that follow it. */
    static Set<Table> taskTables(List<Table> tables) {
        return scan(tables).taskTables();
    }

    /** The group headings of the task tables with their printed titles, first printing of a section kept. */
    static List<PlanSection> sections(List<Table> tables) {
        return scan(tables).sections();
    }

    /** Said of every header column the reader does not know, so the reviewer sees what was not imported. */
    static List<String> warnings(List<Table> tables) {
        return scan(tables).warnings();
    }

    private static Scan scan(List<Table> tables) {
        List<String> warnings = new ArrayList<>();
        List<PlanSection> sections = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<Table> used = Collections.newSetFromMap(new IdentityHashMap<>());
        Column[] layout = null;
        String section = null;
        List<ReformArea> sectionAreas = List.of();
        Row current = null;
        for (Table table : tables) {
            // A table continues the one above (a page break in a PDF, a table Word split) when it has its width.
            if (layout != null && (table.width() < 3 || table.width() > layout.length)) {
                layout = null;
                current = null;
            }
            for (DocumentModel.Row tableRow : table.rows()) {
                String[] cells = tableRow.texts().toArray(String[]::new);
                if (Arrays.stream(cells).allMatch(VietnameseText::isBlank)) {
                    continue;
                }
                Column[] header = headerLayout(cells);
                if (header != null) {
                    for (int i = 0; i < header.length; i++) {
                        String name = VietnameseText.clean(cells[i]);
                        String warning = "Bảng nhiệm vụ có cột \"" + name + "\" không thuộc mẫu (STT, nội dung, chỉ đạo, chủ trì, "
                                + "phối hợp, thời gian, sản phẩm): nội dung cột này không được nhập, cần xem lại văn bản gốc.";
                        if (header[i] == null && !name.isEmpty() && !warnings.contains(warning)) {
                            warnings.add(warning);
                        }
                    }
                    layout = header;
                    used.add(table);
                    continue;
                }
                if (layout == null) {
                    continue;
                }
                used.add(table);
                if (cells.length == 1) {
                    // A one-cell row: a section heading spanning the row, a continuation of the content cell, else
                    // the table ended.
                    String text = VietnameseText.clean(cells[0]);
                    Matcher heading = SECTION.matcher(text);
                    if (heading.matches() && heading.group(2) != null && LogicalLines.isUpperHeading(heading.group(2))) {
                        section = heading.group(1);
                        sectionAreas = ReformAreaClassifier.areasOfHeading(heading.group(2));
                        addSection(sections, section, heading.group(2));
                        current = null;
                        continue;
                    }
                    if (current != null && startsLowerCase(text)) {
                        current.append(Column.CONTENT, text);
                        continue;
                    }
                    layout = null;
                    current = null;
                    continue;
                }
                String first = VietnameseText.clean(cells[0]);
                Matcher sectionMatch = SECTION.matcher(first);
                if (sectionMatch.matches() && restBlankAfter(cells, 1 + (sectionMatch.group(2) == null ? 1 : 0))) {
                    section = sectionMatch.group(1);
                    String heading = sectionMatch.group(2) != null ? sectionMatch.group(2) : VietnameseText.clean(cells[1]);
                    sectionAreas = ReformAreaClassifier.areasOfHeading(heading);
                    addSection(sections, section, heading);
                    current = null;
                    continue;
                }
                if (ROW_NUMBER.matcher(first).matches()) {
                    current = new Row(section, sectionAreas, current, table.mergesHidden());
                    rows.add(current);
                    fill(current, layout, cells);
                } else if (first.isEmpty() && current != null) {
                    fill(current, layout, cells);
                }
            }
        }
        return new Scan(rows, used, sections, warnings);
    }

    private static void addSection(List<PlanSection> sections, String section, String title) {
        String clean = VietnameseText.blankToNull(title);
        if (clean != null && sections.stream().noneMatch(s -> s.section().equals(section))) {
            sections.add(new PlanSection(section, clean));
        }
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && (Character.isLowerCase(text.codePointAt(0)) || text.startsWith("("));
    }

    private static boolean restBlankAfter(String[] cells, int from) {
        for (int i = from; i < cells.length; i++) {
            if (!VietnameseText.isBlank(cells[i])) {
                return false;
            }
        }
        return true;
    }

    private static void fill(Row row, Column[] layout, String[] cells) {
        row.hasLeadColumn = Arrays.asList(layout).contains(Column.LEAD);
        for (int i = 0; i < cells.length && i < layout.length; i++) {
            if (layout[i] != null && layout[i] != Column.NUMBER) {
                row.append(layout[i], cells[i]);
            }
        }
        if (row.cells[Column.NUMBER.ordinal()] == null) {
            row.cells[Column.NUMBER.ordinal()] = VietnameseText.clean(cells[0]).replaceAll("\\.$", "");
        }
    }

    /** The column layout when this line is a table header ("STT", "S/T", "TT" then "Nội dung ..."), else null. */
    static Column[] headerLayout(String[] cells) {
        if (cells.length < 3) {
            return null;
        }
        String first = VietnameseText.fold(VietnameseText.clean(cells[0])).replace(" ", "");
        if (!first.matches("stt|s/t|tt|s/tt|sott") || !namesContent(VietnameseText.fold(VietnameseText.clean(cells[1])))) {
            return null;
        }
        Column[] layout = new Column[cells.length];
        layout[0] = Column.NUMBER;
        for (int i = 1; i < cells.length; i++) {
            String name = VietnameseText.fold(VietnameseText.clean(cells[i]));
            if (i == 1 || namesContent(name) && !Arrays.asList(layout).contains(Column.CONTENT)) {
                layout[i] = Column.CONTENT;
            } else if (name.contains("chi dao")) {
                layout[i] = Column.DIRECTED_BY;
            } else if (name.contains("chu tri")) {
                layout[i] = Column.LEAD;
            } else if (name.contains("phoi hop")) {
                layout[i] = Column.COORDINATE;
            } else if (name.contains("thoi gian") || name.contains("thoi han")) {
                layout[i] = Column.DEADLINE;
            } else if (name.contains("san pham") || name.contains("ket qua")) {
                layout[i] = Column.OUTPUT;
            }
        }
        return layout;
    }

    /** "Nội dung (thực hiện)", "Tên nhiệm vụ", "Nhiệm vụ", "Tên nhiệm vụ/dự án", "Công việc". */
    private static boolean namesContent(String folded) {
        return folded.startsWith("noi dung") || folded.matches("^(ten )?(nhiem vu|de an|du an|cong viec|hoat dong)\\b.*");
    }

    private PlanTask toTask(Row row, int planYear, LocalDate onDate, List<String> warnings) {
        String label = row.label();
        String leadCell = row.get(Column.LEAD);
        String coordinateCell = row.get(Column.COORDINATE);
        String deadlineCell = row.get(Column.DEADLINE);
        String output = row.get(Column.OUTPUT);
        ParsedDeadline deadline = DeadlineParser.parse(deadlineCell, planYear);

        if (deadlineCell != null && !deadline.understood()) {
            String joined = leadCell == null || coordinateCell == null ? null
                    : agencies.joinSplitName(leadCell, coordinateCell, onDate);
            if (joined != null && AgencyCells.looksLikeAgency(deadlineCell)) {
                warnings.add("Dòng " + label + ": nghi lệch cột — tên cơ quan chủ trì bị tách thành \"" + leadCell + "\" | \""
                        + coordinateCell + "\", đã ghép thành \"" + joined + "\"; cơ quan phối hợp lấy từ cột thời gian; "
                        + "thời hạn chưa xác định, cần nhập thủ công.");
                leadCell = joined;
                coordinateCell = deadlineCell;
                deadline = ParsedDeadline.absent();
            } else if (output == null) {
                warnings.add("Dòng " + label + ": nghi lệch cột — ô thời gian ghi \"" + deadlineCell
                        + "\" giống sản phẩm, đã chuyển sang sản phẩm; thời hạn chưa xác định, cần nhập thủ công.");
                output = deadlineCell;
                deadline = ParsedDeadline.absent();
            } else {
                warnings.addAll(deadline.warnings());
            }
        } else {
            warnings.addAll(deadline.warnings());
        }
        String content = row.get(Column.CONTENT);
        return new PlanTask(row.section, row.get(Column.NUMBER),
                ReformAreaClassifier.classify(row.sectionAreas, content == null ? "" : content),
                content, row.get(Column.DIRECTED_BY), agencies.refs(leadCell, onDate), agencies.refs(coordinateCell, onDate),
                deadline, output, null, warnings);
    }
}
