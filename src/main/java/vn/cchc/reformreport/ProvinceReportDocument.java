package vn.cchc.reformreport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.document.DocumentHeading;
import vn.cchc.document.OfficialDocument;
import vn.cchc.document.OfficialFormat;
import vn.cchc.document.OfficialTexts;
import vn.cchc.document.TableColumn;
import vn.cchc.document.TableRow;
import vn.cchc.spreadsheet.TableSheet;
import vn.cchc.spreadsheet.WorkbookWriter;
import vn.cchc.vietnamese.Vietnamese;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The province report as documents: Word or PDF in the Decree 30 layout (heading, body, "Nơi nhận", signature block)
 * and the statistical appendix as an Excel workbook. The body is written once, in {@link #write}, over
 * {@link OfficialDocument}, so both formats carry the same content.
 */
@Component
class ProvinceReportDocument {

    private static final Locale VI = Vietnamese.LOCALE;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V"};

    private final OfficialTexts official;
    private final MessageSource messages;
    private final Clock clock;

    ProvinceReportDocument(OfficialTexts official, MessageSource messages, Clock clock) {
        this.official = official;
        this.messages = messages;
        this.clock = clock;
    }

    /** The province report as the given file: Word to edit before signature, PDF to read and print; same content. */
    byte[] document(ProvinceReports.Consolidated c, OfficialFormat format) {
        DocumentHeading heading = official.heading(c.docNumber() == null ? text("reformreport.docx.number") : c.docNumber(),
                text("reformreport.docx.type"), text("reformreport.docx.summary", periodLabel(c.period())), LocalDate.now(clock));
        OfficialDocument doc = format.start(heading);
        write(c, doc);
        return doc.closing(official.closing(List.of(text("reformreport.docx.recipient1"), text("reformreport.docx.recipient2"),
                text("reformreport.docx.recipient3")))).bytes();
    }

    /** The content of the province report, in the order of the outline, then the consolidated tables and the units' reports. */
    void write(ProvinceReports.Consolidated c, OfficialDocument body) {
        Outline[] outline = Outline.values();
        for (int i = 0; i < outline.length; i++) {
            body.paragraph(ROMAN[i] + ". " + text("reformreport.outline." + outline[i]).toUpperCase(VI), true);
            for (String line : c.sections().getOrDefault(outline[i].name(), "").split("\n")) {
                if (!line.isBlank()) {
                    body.paragraph(line.strip(), false);
                }
            }
        }
        body.paragraph(text("reformreport.docx.rates", n(c.expected()), n(c.reported().size()), n(c.onTime()),
                n(c.late().size()), n(c.missing().size())), false);
        if (!c.late().isEmpty()) {
            body.paragraph(text("reformreport.docx.lateUnits", String.join(", ", c.late().stream().map(u -> u.name()).toList())), false);
        }
        if (!c.missing().isEmpty()) {
            body.paragraph(text("reformreport.docx.missingUnits", String.join(", ", c.missing().stream().map(u -> u.name()).toList())), false);
        }
        if (!c.overdue().isEmpty()) {
            body.paragraph(text("reformreport.docx.overdueUnits", String.join(", ", c.overdue().stream()
                    .map(o -> o.unit().name() + " (" + n(o.tasks()) + ")").toList())), false);
        }
        body.paragraph(text("reformreport.docx.ranking"), true);
        List<TableRow> ranked = new ArrayList<>();
        c.ranking().forEach(r -> ranked.add(TableRow.of(List.of(String.valueOf(r.rank()), r.unit().name(), n(r.planned()),
                n(r.onTime()), r.taskRate(), r.dossierRate()))));
        body.table(List.of(new TableColumn(text("reformreport.col.rank"), 8, false),
                new TableColumn(text("reformreport.col.unit"), 40, true),
                new TableColumn(text("reformreport.col.planned"), 13, false),
                new TableColumn(text("reformreport.col.onTime"), 13, false),
                new TableColumn(text("reformreport.col.taskRate"), 13, false),
                new TableColumn(text("reformreport.col.dossierRate"), 13, false)), ranked);
        body.paragraph(text("reformreport.docx.unitReports"), true);
        for (ProvinceReports.UnitReport ur : c.reported()) {
            body.paragraph(ur.unit().name(), true);
            for (Outline o : outline) {
                String t = ur.report().sections().getOrDefault(o.name(), "");
                if (!t.isBlank()) {
                    body.paragraph(text("reformreport.outline." + o) + ": " + t.strip().replace('\n', ' '), false);
                }
            }
        }
    }

    /** The statistical appendix: the sums, then one sheet with every unit's figures. */
    byte[] xlsx(ProvinceReports.Consolidated c) {
        try (WorkbookWriter w = new WorkbookWriter()) {
            TableSheet sums = w.sheet(text("reformreport.xlsx.sums"));
            sums.title(text("reformreport.docx.summary", periodLabel(c.period()))).blank()
                    .header(List.of(text("reformreport.col.part"), text("reformreport.col.figure"), text("reformreport.col.value")))
                    .widths(30, 60, 14);
            c.sums().forEach(s -> sums.row(s.part(), s.label(), s.value()));
            TableSheet units = w.sheet(text("reformreport.xlsx.units"));
            units.header(List.of(text("reformreport.col.unit"), text("reformreport.col.part"), text("reformreport.col.figure"),
                    text("reformreport.col.computed"), text("reformreport.col.typed"), text("reformreport.col.explanation"),
                    text("reformreport.col.late"))).widths(40, 30, 60, 14, 14, 40, 10).freezeRowsAbove();
            for (ProvinceReports.UnitReport ur : c.reported()) {
                for (Figure f : ur.report().figures()) {
                    units.row(ur.unit().name(), f.part(), f.label(), f.computed(), f.typed(), f.explanation(),
                            ur.report().late() ? text("reformreport.yes") : text("reformreport.no"));
                }
            }
            TableSheet rates = w.sheet(text("reformreport.xlsx.rates"));
            rates.header(List.of(text("reformreport.col.unit"), text("reformreport.col.status"))).widths(40, 30);
            c.reported().forEach(ur -> rates.row(ur.unit().name(),
                    text(ur.report().late() ? "reformreport.rate.LATE" : "reformreport.rate.ON_TIME")));
            c.missing().forEach(u -> rates.row(u.name(), text("reformreport.rate.MISSING")));
            return w.bytes();
        }
    }

    public String periodLabel(ReportPeriod p) {
        return p.adHoc() ? p.title() : text("reformreport.period." + p.regime(), String.valueOf(p.year()));
    }

    private static String n(long v) {
        return VietnameseNumbers.format(v);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
