package vn.cchc.scoring;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.cchc.vietnamese.VietnameseFolding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
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

    CriteriaSheets(ScoringTexts texts) {
        this.texts = texts;
    }

    byte[] export(ScoreSet set, List<CriterionInput> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(texts.get("scoring.sheet.setSheet"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(texts.get("scoring.sheet.setTitle"));
            title.getCell(0).setCellStyle(bold);
            meta(sheet, r++, texts.get("scoring.sheet.year"), String.valueOf(set.year()));
            meta(sheet, r++, texts.get("scoring.sheet.group"), texts.get("scoring.group." + set.group()));
            meta(sheet, r++, texts.get("scoring.sheet.name"), set.name());
            meta(sheet, r++, texts.get("scoring.sheet.decision"), set.decisionRef() == null ? "" : set.decisionRef());
            meta(sheet, r++, texts.get("scoring.sheet.bonusCap"), Points.plain(set.bonusCap()));
            meta(sheet, r++, texts.get("scoring.sheet.penaltyCap"), Points.plain(set.penaltyCap()));
            r++;
            Row head = sheet.createRow(r++);
            for (int i = 0; i < COLUMNS.length; i++) {
                Cell c = head.createCell(i);
                c.setCellValue(texts.get("scoring.sheet.col." + COLUMNS[i]));
                c.setCellStyle(bold);
            }
            for (CriterionInput in : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(in.code());
                row.createCell(1).setCellValue(in.name());
                if (in.maxPoints() != null) {
                    row.createCell(2).setCellValue(in.maxPoints().doubleValue());
                }
                row.createCell(3).setCellValue(texts.get("scoring.kind." + in.kind()));
                row.createCell(4).setCellValue(texts.get("scoring.method." + in.method()));
                row.createCell(5).setCellValue(in.allowedValues() == null ? "" : in.allowedValues());
                row.createCell(6).setCellValue(in.indicatorCode() == null ? "" : in.indicatorCode());
                if (in.threshold() != null) {
                    row.createCell(7).setCellValue(in.threshold().doubleValue());
                }
                row.createCell(8).setCellValue(in.bands() == null ? "" : in.bands());
                row.createCell(9).setCellValue(in.evidenceRequired() ? texts.get("scoring.sheet.yes") : "");
                row.createCell(10).setCellValue(in.guidance() == null ? "" : in.guidance());
            }
            sheet.setColumnWidth(0, 10 * 256);
            sheet.setColumnWidth(1, 70 * 256);
            for (int i = 2; i < COLUMNS.length - 1; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.setColumnWidth(10, 60 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void meta(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    /** Reads a workbook; every problem is collected and the whole file refused if there is any. */
    Parsed read(InputStream in) {
        List<String> problems = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            Integer year = null;
            ScoringGroup group = null;
            String name = null;
            String decision = null;
            BigDecimal bonusCap = null;
            BigDecimal penaltyCap = null;
            int headerRow = -1;
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 30); r++) {
                String label = key(text(sheet.getRow(r), 0, fmt));
                String value = text(sheet.getRow(r), 1, fmt);
                if (label.equals(key(texts.get("scoring.sheet.col.code")))) {
                    headerRow = r;
                    break;
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
                        bonusCap = number(sheet.getRow(r), 1, fmt);
                    } else if (label.equals(key(texts.get("scoring.sheet.penaltyCap")))) {
                        penaltyCap = number(sheet.getRow(r), 1, fmt);
                    }
                } catch (RuntimeException e) {
                    problems.add(texts.get("scoring.import.row", String.valueOf(r + 1),
                            texts.get("scoring.import.badValue", text(sheet.getRow(r), 0, fmt))));
                }
            }
            if (headerRow < 0) {
                throw new ScoringException("scoring.import.rejected", List.of(texts.get("scoring.import.noHeader")));
            }
            if (year == null || group == null) {
                problems.add(texts.get("scoring.import.noYearGroup"));
            }
            List<CriterionInput> rows = new ArrayList<>();
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String code = text(row, 0, fmt);
                if (code.isBlank() && text(row, 1, fmt).isBlank()) {
                    continue;
                }
                int line = r + 1;
                try {
                    rows.add(new CriterionInput(line, code.trim(), text(row, 1, fmt), number(row, 2, fmt),
                            kind(text(row, 3, fmt)), method(text(row, 4, fmt)), blank(text(row, 5, fmt)),
                            blank(text(row, 6, fmt)), number(row, 7, fmt), blank(text(row, 8, fmt)),
                            yes(text(row, 9, fmt)), blank(text(row, 10, fmt))));
                } catch (ScoringException e) {
                    problems.add(texts.get("scoring.import.row", String.valueOf(line), texts.of(e)));
                }
            }
            for (CriterionInput.Problem p : CriterionInput.validate(rows)) {
                String t = texts.get(p.key(), p.args());
                problems.add(p.row() > 0 ? texts.get("scoring.import.row", String.valueOf(p.row()), t) : t);
            }
            if (!problems.isEmpty()) {
                throw new ScoringException("scoring.import.rejected", problems);
            }
            return new Parsed(new CriterionInput.Header(year, group, name, decision, bonusCap, penaltyCap), rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ScoringException se) {
                throw se;
            }
            throw new ScoringException("scoring.import.rejected", List.of(texts.get("scoring.import.notExcel")));
        }
    }

    private static String text(Row row, int col, DataFormatter fmt) {
        if (row == null) {
            return "";
        }
        Cell c = row.getCell(col);
        if (c == null) {
            return "";
        }
        if (c.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return fmt.formatCellValue(c).trim();
    }

    /** A number cell as Excel holds it, or a text cell typed the Vietnamese way ("1,5"); null when blank. */
    private static BigDecimal number(Row row, int col, DataFormatter fmt) {
        Cell c = row == null ? null : row.getCell(col);
        if (c != null && c.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(c.getNumericCellValue());
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
