package vn.cchc.scoring;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.vietnamese.VietnameseFolding;
import vn.cchc.spreadsheet.ErrorListing;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetReader;
import vn.cchc.spreadsheet.SheetRefused;
import vn.cchc.spreadsheet.SheetRow;
import vn.cchc.spreadsheet.TableSheet;
import vn.cchc.spreadsheet.WorkbookWriter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A criteria set as an Excel workbook: a few header lines (year, unit group, name, decision, caps), then one row per
 * area, criterion and sub-criterion. Export and import use the same layout, so an exported file imports unchanged.
 */
@Component
class CriteriaSheets {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] COLUMNS = {"code", "name", "max", "kind", "method", "allowed", "indicator", "threshold",
            "bands", "evidence", "guidance"};

    record Parsed(CriterionInput.Header header, List<CriterionInput> rows) {
    }

    private final ScoringTexts texts;
    private final SheetReader reader;
    private final MessageSource messages;

    CriteriaSheets(ScoringTexts texts, SheetReader reader, MessageSource messages) {
        this.texts = texts;
        this.reader = reader;
        this.messages = messages;
    }

    byte[] export(ScoreSet set, List<CriterionInput> rows) {
        try (WorkbookWriter writer = new WorkbookWriter()) {
            TableSheet sheet = writer.sheet(texts.get("scoring.sheet.setSheet"))
                    .title(texts.get("scoring.sheet.setTitle"))
                    .row(texts.get("scoring.sheet.year"), String.valueOf(set.year()))
                    .row(texts.get("scoring.sheet.group"), texts.get("scoring.group." + set.group()))
                    .row(texts.get("scoring.sheet.name"), set.name())
                    .row(texts.get("scoring.sheet.decision"), set.decisionRef() == null ? "" : set.decisionRef())
                    .row(texts.get("scoring.sheet.bonusCap"), Points.plain(set.bonusCap()))
                    .row(texts.get("scoring.sheet.penaltyCap"), Points.plain(set.penaltyCap()))
                    .blank()
                    .header(Arrays.stream(COLUMNS).map(c -> texts.get("scoring.sheet.col." + c)).toList());
            for (CriterionInput in : rows) {
                sheet.row(in.code(), in.name(), in.maxPoints(), texts.get("scoring.kind." + in.kind()),
                        texts.get("scoring.method." + in.method()), in.allowedValues() == null ? "" : in.allowedValues(),
                        in.indicatorCode() == null ? "" : in.indicatorCode(), in.threshold(),
                        in.bands() == null ? "" : in.bands(), in.evidenceRequired() ? texts.get("scoring.sheet.yes") : "",
                        in.guidance() == null ? "" : in.guidance());
            }
            sheet.width(0, 10).width(1, 70);
            for (int i = 2; i < COLUMNS.length - 1; i++) {
                sheet.width(i, 16);
            }
            sheet.width(10, 60);
            return writer.bytes();
        }
    }

    /** Reads a workbook; every problem is collected and the whole file refused if there is any. */
    Parsed read(String fileName, byte[] xlsx) {
        Reading reading = new Reading();
        try {
            reader.read(fileName, xlsx, reading::row);
        } catch (SheetRefused e) {
            String why = e.reason() == SheetRefused.Reason.UNREADABLE ? texts.get("scoring.import.notExcel")
                    : e.message(messages, ScoringTexts.VI);
            throw new ScoringException("scoring.import.rejected", List.of(why));
        } catch (ScoringException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ScoringException("scoring.import.rejected", List.of(texts.get("scoring.import.notExcel")));
        }
        if (reading.headerRow < 0) {
            throw new ScoringException("scoring.import.rejected", List.of(texts.get("scoring.import.noHeader")));
        }
        List<String> problems = reading.problems;
        if (reading.year == null || reading.group == null) {
            problems.add(texts.get("scoring.import.noYearGroup"));
        }
        for (CriterionInput.Problem p : CriterionInput.validate(reading.rows)) {
            String t = texts.get(p.key(), p.args());
            problems.add(p.row() > 0 ? texts.get("scoring.import.row", String.valueOf(p.row()), t) : t);
        }
        if (!problems.isEmpty()) {
            throw new ScoringException("scoring.import.rejected",
                    ErrorListing.firstOf(problems, others -> texts.get("scoring.import.moreErrors", others)), problems.size());
        }
        return new Parsed(new CriterionInput.Header(reading.year, reading.group, reading.name, reading.decision,
                reading.bonusCap, reading.penaltyCap), reading.rows);
    }

    /** The state of one streamed read: the header lines (within the first 31 rows), then one criterion a row. */
    private final class Reading {

        private static final int LAST_HEADER_ROW = 31;

        final DataFormatter fmt = new DataFormatter(Locale.ROOT);
        final List<String> problems = new ArrayList<>();
        final List<CriterionInput> rows = new ArrayList<>();
        Integer year;
        ScoringGroup group;
        String name;
        String decision;
        BigDecimal bonusCap;
        BigDecimal penaltyCap;
        int headerRow = -1;

        boolean row(SheetRow row) {
            if (headerRow < 0) {
                if (row.number() > LAST_HEADER_ROW) {
                    return false;
                }
                headerLine(row);
            } else {
                criterion(row);
            }
            return true;
        }

        private void headerLine(SheetRow row) {
            String label = key(text(row, 0, fmt));
            String value = text(row, 1, fmt);
            if (label.equals(key(texts.get("scoring.sheet.col.code")))) {
                headerRow = row.number();
                return;
            }
            try {
                if (label.equals(key(texts.get("scoring.sheet.year")))) {
                    year = Integer.valueOf(value.replaceAll("\\.0+$", "").trim());
                } else if (label.equals(key(texts.get("scoring.sheet.group")))) {
                    group = group(value);
                } else if (label.equals(key(texts.get("scoring.sheet.name")))) {
                    name = value;
                } else if (label.equals(key(texts.get("scoring.sheet.decision")))) {
                    decision = value;
                } else if (label.equals(key(texts.get("scoring.sheet.bonusCap")))) {
                    bonusCap = number(row, 1, fmt);
                } else if (label.equals(key(texts.get("scoring.sheet.penaltyCap")))) {
                    penaltyCap = number(row, 1, fmt);
                }
            } catch (RuntimeException e) {
                problems.add(texts.get("scoring.import.row", String.valueOf(row.number()),
                        texts.get("scoring.import.badValue", text(row, 0, fmt))));
            }
        }

        private void criterion(SheetRow row) {
            String code = text(row, 0, fmt);
            if (code.isBlank() && text(row, 1, fmt).isBlank()) {
                return;
            }
            int line = row.number();
            try {
                rows.add(new CriterionInput(line, code.trim(), text(row, 1, fmt), number(row, 2, fmt),
                        kind(text(row, 3, fmt)), method(text(row, 4, fmt)), blank(text(row, 5, fmt)),
                        blank(text(row, 6, fmt)), number(row, 7, fmt), blank(text(row, 8, fmt)),
                        yes(text(row, 9, fmt)), blank(text(row, 10, fmt))));
            } catch (ScoringException e) {
                problems.add(texts.get("scoring.import.row", String.valueOf(line), texts.of(e)));
            }
        }
    }

    /** A number as its plain digits (the value, not its display format); other cells as Excel shows them. */
    private static String text(SheetRow row, int col, DataFormatter fmt) {
        SheetCell c = row.cell(col);
        if (c == null) {
            return "";
        }
        if (c.type() == SheetCell.Type.NUMBER) {
            return BigDecimal.valueOf(c.number()).stripTrailingZeros().toPlainString();
        }
        return c.shown(fmt).trim();
    }

    /** A number cell as Excel holds it, or a text cell typed the Vietnamese way ("1,5"); null when blank. */
    private static BigDecimal number(SheetRow row, int col, DataFormatter fmt) {
        SheetCell c = row.cell(col);
        if (c != null && c.type() == SheetCell.Type.NUMBER) {
            return BigDecimal.valueOf(c.number());
        }
        return ScoringTexts.parse(text(row, col, fmt));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private boolean yes(String s) {
        String k = key(s);
        return k.equals("x") || k.equals(key(texts.get("scoring.sheet.yes"))) || k.equals("yes") || k.equals("true");
    }

    private ScoringGroup group(String s) {
        for (ScoringGroup g : ScoringGroup.values()) {
            if (key(s).equals(key(g.name())) || key(s).equals(key(texts.get("scoring.group." + g)))) {
                return g;
            }
        }
        throw new ScoringException("scoring.import.badValue", s);
    }

    private ItemKind kind(String s) {
        if (s == null || s.isBlank()) {
            return ItemKind.NORMAL;
        }
        for (ItemKind k : ItemKind.values()) {
            if (key(s).equals(key(k.name())) || key(s).equals(key(texts.get("scoring.kind." + k)))) {
                return k;
            }
        }
        throw new ScoringException("scoring.import.badKind", s);
    }

    private Method method(String s) {
        if (s == null || s.isBlank()) {
            return Method.MANUAL;
        }
        for (Method m : Method.values()) {
            if (key(s).equals(key(m.name())) || key(s).equals(key(texts.get("scoring.method." + m)))) {
                return m;
            }
        }
        throw new ScoringException("scoring.import.badMethod", s);
    }

    /** Lower case, no diacritics, đ → d, single spaces: labels match however they were typed. */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        return VietnameseFolding.fold(s.trim()).replaceAll("[\\s_]+", " ").replaceAll("[:()]", "").trim();
    }
}
