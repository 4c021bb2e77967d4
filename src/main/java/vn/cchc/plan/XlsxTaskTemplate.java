package vn.cchc.plan;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.directory.AgencyResolver;
import vn.cchc.directory.ResolvedAgency;
import vn.cchc.plan.parse.AgencyRef;
import vn.cchc.plan.parse.DeadlineParser;
import vn.cchc.plan.parse.ParsedDeadline;
import vn.cchc.plan.parse.PlanParseException;
import vn.cchc.plan.parse.PlanTask;
import vn.cchc.plan.parse.TaskTemplateReader;
import vn.cchc.vietnamese.Vietnamese;
import vn.cchc.vietnamese.VietnameseDates;
import vn.cchc.vietnamese.VietnameseFolding;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetReader;
import vn.cchc.spreadsheet.SheetRefused;
import vn.cchc.spreadsheet.SheetRow;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads back the task list {@link TaskExport} writes (STT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn
 * thành | Sản phẩm | Tình trạng), so an officer can export, correct in Excel and import again. A heading row
 * ("II", "II.3") opens a section; the state column is informational and ignored (progress is posted, not
 * imported). Every fault is reported by row and column, and the whole file is refused: a half-read task list
 * would silently drop tasks.
 */
@Component
class XlsxTaskTemplate {

    private static final Locale VI = Vietnamese.LOCALE;
    private static final int COLUMNS = 7;
    private static final int MAX_ERRORS = 20;
    private static final Pattern SECTION = Pattern.compile("^(?:[IVXLC]+(?:\\.[0-9A-Za-z]+)*|(?:Quý|Phần|Mục)\\s+[IVX0-9]+)$");
    /** A heading the export writes with its printed title ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH"): the section is "I". */
    private static final Pattern TITLED_SECTION = Pattern.compile("^([IVXLC]+(?:\\.[0-9A-Za-z]+)*)\\.\\s+\\p{Lu}.*$");
    private static final Pattern QUARTER = Pattern.compile("^Quý\\s+(I|II|III|IV|1|2|3|4)$");
    private static final List<String> QUARTERS = List.of("I", "II", "III", "IV");
    private static final Pattern AGENCY_SEPARATOR = Pattern.compile("\\s*[;\\n]\\s*");
    private static final String[] HEADER_KEYS = {"plan.export.no", "plan.export.content", "plan.export.lead",
            "plan.export.coordinate", "plan.export.deadline", "plan.export.output", "plan.export.state"};

    /** The name in the spreadsheet module's messages; the plan's own messages name the upload. */
    private static final String FILE = "danh sách nhiệm vụ";

    private final MessageSource messages;
    private final SheetReader sheets;
    private final Clock clock;

    XlsxTaskTemplate(MessageSource messages, SheetReader sheets, Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.sheets = sheets;
    }

    /** An .xlsx workbook by its bytes (a zip holding xl/), whatever the file is called. */
    static boolean isXlsx(byte[] content) {
        if (content == null || content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            return false;
        }
        String head = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        return head.contains("xl/") && !head.contains("word/");
    }

    TaskTemplateReader reader(AgencyResolver resolver) {
        return new TaskTemplateReader() {
            @Override
            public List<PlanTask> read(byte[] xlsx, int planYear) {
                return XlsxTaskTemplate.this.read(xlsx, planYear, resolver, FILE);
            }

            @Override
            public List<PlanTask> read(byte[] xlsx, int planYear, String fileName) {
                return XlsxTaskTemplate.this.read(xlsx, planYear, resolver,
                        fileName == null || fileName.isBlank() ? FILE : fileName);
            }
        };
    }

    /** The draft with the number and title from the template's first row ("02/KH-BCĐ Kế hoạch …"). */
    PlanDraft heading(byte[] xlsx, PlanDraft d) {
        String title = title(xlsx);
        if (title == null) {
            return d;
        }
        String number = null;
        String rest = title;
        int space = title.indexOf(' ');
        String first = space < 0 ? title : title.substring(0, space);
        if (first.contains("/")) {
            number = first;
            rest = space < 0 ? null : title.substring(space + 1).strip();
        }
        List<String> warnings = new ArrayList<>(d.warnings());
        if (number != null) {
            warnings.removeIf(w -> w.startsWith("Không đọc được số"));
        }
        return new PlanDraft(number, d.type() == null ? "PLAN" : d.type(), rest, d.issuer(), d.place(), d.date(), d.signer(),
                d.signerTitle(), d.year(), d.theme(), d.purposes(), d.requirements(), d.references(), d.targets(), d.tasks(),
                warnings, d.sourceText());
    }

    /** The number printed in the first row, if any: lets an import find the plan it came from. */
    String number(byte[] xlsx) {
        String title = title(xlsx);
        if (title == null) {
            return null;
        }
        String first = title.split("\\s+", 2)[0];
        return first.contains("/") ? first : null;
    }

    private String title(byte[] xlsx) {
        String[] title = {null};
        try {
            sheets.read(FILE, xlsx, row -> {
                if (row.number() == 1) {
                    title[0] = text(row.cell(0), null, 1, new ArrayList<>());
                }
                return false;
            });
        } catch (RuntimeException e) {
            return null;
        }
        String t = title[0] == null ? "" : title[0];
        return t.isBlank() || t.equals("CCHC") ? null : t.strip();
    }

    List<PlanTask> read(byte[] xlsx, int planYear, AgencyResolver resolver) {
        return read(xlsx, planYear, resolver, FILE);
    }

    private List<PlanTask> read(byte[] xlsx, int planYear, AgencyResolver resolver, String fileName) {
        LocalDate today = LocalDate.now(clock);
        LocalDate onDate = planYear >= today.getYear() ? today : LocalDate.of(planYear, 12, 31);
        Reading reading = new Reading(resolver, onDate, planYear);
        try {
            sheets.read(fileName, xlsx, reading::row);
        } catch (SheetRefused e) {
            if (e.reason() == SheetRefused.Reason.UNREADABLE) {
                throw new PlanParseException(PlanParseException.Reason.DAMAGED,
                        "Tệp bị lỗi: không đọc được tệp Excel (tệp hỏng hoặc không đúng định dạng).", e);
            }
            throw new PlanParseException(PlanParseException.Reason.TOO_LARGE, e.message(messages, VI));
        }
        if (reading.header < 0) {
            throw noHeader();
        }
        List<String> errors = reading.errors;
        if (errors.isEmpty() && reading.tasks.isEmpty()) {
            errors.add("Dòng " + (reading.header + 1) + ": không có nhiệm vụ nào dưới dòng tiêu đề.");
        }
        if (!errors.isEmpty()) {
            throw new PlanParseException(PlanParseException.Reason.NOT_A_PLAN, "Tệp Excel có " + errors.size()
                    + (errors.size() >= MAX_ERRORS ? "+" : "") + " lỗi, chưa lưu gì: " + String.join(" ", errors));
        }
        return reading.tasks;
    }

    /** One streamed read: the header row among the first ten, then a task (or a section heading) a row. */
    private final class Reading {

        private final AgencyResolver resolver;
        private final LocalDate onDate;
        private final int planYear;
        final List<String> errors = new ArrayList<>();
        final List<PlanTask> tasks = new ArrayList<>();
        /** The header's row number (1-based), -1 until it is found. */
        int header = -1;
        private String section;

        Reading(AgencyResolver resolver, LocalDate onDate, int planYear) {
            this.resolver = resolver;
            this.onDate = onDate;
            this.planYear = planYear;
        }

        boolean row(SheetRow row) {
            if (header < 0) {
                if (row.number() > 10) {
                    throw noHeader();
                }
                if (isHeader(row)) {
                    header = row.number();
                }
                return true;
            }
            task(row);
            return errors.size() < MAX_ERRORS;
        }

        private void task(SheetRow row) {
            int line = row.number();
            String[] c = new String[COLUMNS];
            for (int i = 0; i < COLUMNS; i++) {
                c[i] = text(row.cell(i), header, line, errors);
            }
            if (Arrays.stream(c).allMatch(String::isBlank)) {
                return;
            }
            boolean restBlank = Arrays.stream(c, 2, COLUMNS).allMatch(String::isBlank);
            // A heading row: the export writes the section and the plan's number, and leaves the other cells empty.
            if (restBlank && (SECTION.matcher(c[0]).matches() || c[1].isBlank()
                    || (c[1].length() <= 40 && c[1].contains("/") && !c[1].contains(" ")))) {
                java.util.regex.Matcher titled = TITLED_SECTION.matcher(c[0]);
                section = titled.matches() ? titled.group(1) : c[0];
                return;
            }
            if (c[1].isBlank()) {
                errors.add(at(line, 1) + "chưa có nội dung nhiệm vụ.");
                return;
            }
            if (c[0].length() > 16) {
                errors.add(at(line, 0) + "số thứ tự \"" + abbreviate(c[0]) + "\" quá dài; nội dung nhiệm vụ phải ở cột "
                        + header(1) + ".");
                return;
            }
            if (c[2].isBlank() && !c[3].isBlank()) {
                errors.add(at(line, 2) + "có đơn vị phối hợp nhưng chưa có đơn vị chủ trì.");
                return;
            }
            List<String> warnings = new ArrayList<>();
            ParsedDeadline deadline = c[4].isBlank() ? null : DeadlineParser.parse(c[4], planYear);
            if (deadline != null) {
                warnings.addAll(deadline.warnings());
            }
            tasks.add(new PlanTask(section, c[0].isBlank() ? null : c[0], null, c[1].strip(), null,
                    agencies(c[2], resolver, onDate), agencies(c[3], resolver, onDate), deadline,
                    c[5].isBlank() ? null : c[5].strip(), quarter(section), warnings));
        }
    }

    /** The row holding STT | Nội dung | … ; the template has a title row above it. */
    private boolean isHeader(SheetRow row) {
        boolean all = true;
        for (int i = 0; i < COLUMNS && all; i++) {
            all = fold(text(row.cell(i), null, row.number(), new ArrayList<>())).equals(fold(header(i)));
        }
        return all;
    }

    private PlanParseException noHeader() {
        return notTemplate("không thấy dòng tiêu đề \"" + String.join(" | ", Arrays.stream(HEADER_KEYS).map(this::msg).toList())
                + "\" trong 10 dòng đầu của trang tính thứ nhất.");
    }

    private PlanParseException notTemplate(String why) {
        return new PlanParseException(PlanParseException.Reason.NOT_A_PLAN, "Tệp Excel không đúng mẫu danh sách nhiệm vụ: " + why);
    }

    /** Cell text as shown in Excel; a date typed as a date reads as dd/MM/yyyy, a formula as its value. */
    private String text(SheetCell cell, Integer header, int line, List<String> errors) {
        if (cell == null) {
            return "";
        }
        switch (cell.type()) {
            case TEXT:
                return cell.text().strip();
            case NUMBER:
                if (cell.isDate()) {
                    return VietnameseDates.format(cell.localDate());
                }
                double v = cell.number();
                return v == Math.rint(v) ? Long.toString((long) v) : cell.shown(new DataFormatter(VI));
            case BOOLEAN:
                return Boolean.toString(cell.text().equals("TRUE"));
            case ERROR:
                if (header != null) {
                    errors.add(at(line, cell.column()) + "ô có lỗi công thức.");
                }
                return "";
            default:
                return "";
        }
    }

    /** A propaganda orientation's sections are its quarters ("Quý II"). */
    private static Integer quarter(String section) {
        if (section == null) {
            return null;
        }
        java.util.regex.Matcher m = QUARTER.matcher(section);
        if (!m.matches()) {
            return null;
        }
        int roman = QUARTERS.indexOf(m.group(1));
        return roman >= 0 ? roman + 1 : Integer.valueOf(m.group(1));
    }

    private List<AgencyRef> agencies(String cell, AgencyResolver resolver, LocalDate onDate) {
        List<AgencyRef> refs = new ArrayList<>();
        for (String name : AGENCY_SEPARATOR.split(cell)) {
            if (name.isBlank()) {
                continue;
            }
            String code = null;
            try {
                List<ResolvedAgency> found = resolver.resolve(name, onDate);
                if (found.size() == 1 && found.get(0).unit() != null) {
                    code = found.get(0).unit().code();
                }
            } catch (RuntimeException e) {
                // unresolved: the name is kept and the review screen flags it
            }
            refs.add(new AgencyRef(name.strip(), code));
        }
        return refs;
    }

    private String at(int line, int column) {
        return "Dòng " + line + ", cột " + header(column) + ": ";
    }

    private String header(int column) {
        return msg(HEADER_KEYS[column]);
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, VI);
    }

    private static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }

    private static String fold(String s) {
        return VietnameseFolding.fold(s).strip();
    }
}
