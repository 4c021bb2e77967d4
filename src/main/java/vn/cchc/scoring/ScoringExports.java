package vn.cchc.scoring;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.document.DocumentHeading;
import vn.cchc.document.OfficialDocx;
import vn.cchc.document.OfficialTexts;
import vn.cchc.document.TableColumn;
import vn.cchc.document.TableRow;
import vn.cchc.spreadsheet.TableSheet;
import vn.cchc.spreadsheet.WorkbookWriter;

import java.time.Clock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.util.stream.Stream;

/** Exports: the ranking and a unit's score sheet as Excel and as Word (official format), a unit's evidence as one zip. */
@Component
@Transactional(readOnly = true)
class ScoringExports {

    private final ScoreRounds store;
    private final CriteriaSets sets;
    private final Results results;
    private final ScoringTexts texts;
    private final Directory directory;
    private final OfficialTexts official;
    private final Clock clock;

    ScoringExports(ScoreRounds store, CriteriaSets sets, Results results, ScoringTexts texts, Directory directory,
                   OfficialTexts official, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.sets = sets;
        this.results = results;
        this.texts = texts;
        this.directory = directory;
        this.official = official;
    }

    // ---- ranking

    byte[] rankingXlsx(ScoreRound round) {
        List<Results.UnitResult> all = results.of(round.id());
        try (WorkbookWriter writer = new WorkbookWriter()) {
            for (ScoringGroup g : ScoringGroup.values()) {
                List<Results.UnitResult> list = all.stream().filter(r -> r.group() == g).toList();
                if (list.isEmpty()) {
                    continue;
                }
                List<String> areaCodes = new ArrayList<>();
                list.forEach(r -> r.areas().forEach(a -> {
                    if (!areaCodes.contains(a.code())) {
                        areaCodes.add(a.code());
                    }
                }));
                List<String> headings = new ArrayList<>(List.of(texts.get("scoring.col.rank"), texts.get("scoring.col.unit"),
                        texts.get("scoring.col.max"), texts.get("scoring.col.self"), texts.get("scoring.col.bonus"),
                        texts.get("scoring.col.penalty"), texts.get("scoring.col.total"), texts.get("scoring.col.index"),
                        texts.get("scoring.col.band"), texts.get("scoring.col.lastYearIndex"), texts.get("scoring.col.change")));
                areaCodes.forEach(c -> headings.add(texts.get("scoring.col.areaIndex", c)));
                TableSheet sheet = writer.sheet(texts.get("scoring.group." + g))
                        .title(texts.get("scoring.export.rankingTitle", texts.get("scoring.group." + g), String.valueOf(round.year())))
                        .blank()
                        .header(headings);
                for (Results.UnitResult u : list) {
                    List<Object> cells = new ArrayList<>(Arrays.asList(u.rank(), u.unit().name(), u.max(), u.selfTotal(),
                            u.bonus(), u.penalty(), u.total(), u.index(), u.band() == null ? "" : u.band(),
                            u.lastYearIndex(), u.indexChange()));
                    for (String code : areaCodes) {
                        cells.add(u.areas().stream().filter(a -> a.code().equals(code)).findFirst()
                                .map(Results.AreaIndex::index).orElse(null));
                    }
                    sheet.row(cells);
                }
                sheet.width(1, 45);
            }
            if (!writer.hasSheets()) {
                writer.sheet(texts.get("scoring.export.empty"));
            }
            return writer.bytes();
        }
    }

    byte[] rankingDocx(ScoreRound round) {
        List<Results.UnitResult> all = results.of(round.id());
        OfficialDocx doc = new OfficialDocx(heading(texts.get("scoring.docx.rankingSummary", String.valueOf(round.year()))));
        doc.paragraph(texts.get("scoring.docx.rankingIntro", round.name(),
                round.decisionRef() == null ? texts.get("scoring.docx.noDecision") : round.decisionRef()), false);
        int n = 1;
        for (ScoringGroup g : ScoringGroup.values()) {
            List<Results.UnitResult> list = all.stream().filter(r -> r.group() == g).toList();
            if (list.isEmpty()) {
                continue;
            }
            doc.paragraph(roman(n++) + ". " + texts.get("scoring.docx.groupHeading", texts.get("scoring.group." + g)), true);
            List<TableRow> rows = new ArrayList<>();
            for (Results.UnitResult u : list) {
                rows.add(TableRow.of(List.of(String.valueOf(u.rank()), u.unit().name(), texts.points(u.selfTotal()),
                        texts.points(u.total()), texts.index(u.index()), u.band() == null ? "" : u.band())));
            }
            doc.table(List.of(column("scoring.col.rank", 8), text("scoring.col.unit", 44), column("scoring.col.self", 12),
                    column("scoring.col.total", 12), column("scoring.col.index", 12), column("scoring.col.band", 12)), rows);
        }
        closing(doc);
        return doc.bytes();
    }

    // ---- a unit's score sheet

    private record SheetLine(String code, String name, int level, BigDecimal max, ScoreItem item, boolean leaf,
                             BigDecimal self, BigDecimal fin) {
    }

    private List<SheetLine> lines(Assessment a) {
        CriteriaTree tree = sets.tree(a.setId());
        Map<Long, ScoreItem> items = new HashMap<>();
        store.items(a.id()).forEach(i -> items.put(i.criterionId(), i));
        List<SheetLine> out = new ArrayList<>();
        for (CriteriaTree.Node node : tree.flatten()) {
            BigDecimal max = BigDecimal.ZERO;
            BigDecimal s = BigDecimal.ZERO;
            BigDecimal f = BigDecimal.ZERO;
            for (CriteriaTree.Node leaf : node.leaves()) {
                ScoreItem i = items.get(leaf.criterion().id());
                if (i == null || i.notApplicable()) {
                    continue;
                }
                boolean normal = leaf.criterion().kind() == ItemKind.NORMAL;
                max = max.add(normal || node.leaf() ? leaf.criterion().maxPoints() : BigDecimal.ZERO);
                if (normal || node.leaf()) {
                    s = s.add(i.selfPoints() == null ? BigDecimal.ZERO : i.selfPoints());
                    f = f.add(i.finalPoints() == null ? BigDecimal.ZERO : i.finalPoints());
                }
            }
            ScoreItem item = node.leaf() ? items.get(node.criterion().id()) : null;
            out.add(new SheetLine(node.criterion().code(), node.criterion().name(), node.criterion().level(), max, item,
                    node.leaf(), item != null && item.notApplicable() ? null : s, item != null && item.notApplicable() ? null : f));
        }
        return out;
    }

    byte[] sheetXlsx(Assessment a) {
        ScoreRound round = store.requireRound(a.roundId());
        UnitRef unit = directory.findById(a.unitId()).orElseThrow();
        Results.UnitResult result = results.ofAssessment(a.id()).orElse(null);
        boolean appraised = appraised(a, round);
        try (WorkbookWriter writer = new WorkbookWriter()) {
            TableSheet sheet = writer.sheet(texts.get("scoring.export.sheet"))
                    .title(texts.get("scoring.export.sheetTitle", unit.name(), String.valueOf(round.year())))
                    .blank()
                    .header(Stream.of("code", "content", "max", "self", "appraised", "notApplicable", "note", "reason",
                            "explanation").map(c -> texts.get("scoring.col." + c)).toList());
            for (SheetLine l : lines(a)) {
                if (!l.leaf()) {
                    sheet.boldRow(l.code(), l.name(), l.max(), l.self(), appraised ? l.fin() : null);
                    continue;
                }
                ScoreItem i = l.item();
                sheet.row(l.code(), l.name(), l.max(), l.self(), appraised ? l.fin() : null,
                        i.notApplicable() ? texts.get("scoring.sheet.yes") : "", join(i.selfNote(), i.computedDetail()),
                        i.appraisalReason() == null ? "" : i.appraisalReason(),
                        join(i.explanationRequest(), i.explanationAnswer()));
            }
            if (result != null && !appraised) {
                sheet.blank()
                        .boldRow(null, texts.get("scoring.col.max"), null, null, result.max())
                        .boldRow(null, texts.get("scoring.col.self"), null, null, a.submitted() ? result.selfTotal() : null)
                        .row(null, texts.get("scoring.col.appraised"), null, null, texts.get(notAppraisedKey(a)));
            } else if (result != null) {
                sheet.blank()
                        .boldRow(null, texts.get("scoring.col.max"), null, null, result.max())
                        .boldRow(null, texts.get("scoring.col.self"), null, null, result.selfTotal())
                        .boldRow(null, texts.get("scoring.col.total"), null, null, result.total())
                        .boldRow(null, texts.get("scoring.col.index"), null, null, result.index())
                        .row(null, texts.get("scoring.col.band"), null, null, result.band() == null ? "" : result.band());
            }
            sheet.width(1, 70).width(6, 40).width(7, 40).width(8, 40);
            return writer.bytes();
        }
    }

    byte[] sheetDocx(Assessment a) {
        ScoreRound round = store.requireRound(a.roundId());
        UnitRef unit = directory.findById(a.unitId()).orElseThrow();
        Results.UnitResult result = results.ofAssessment(a.id()).orElse(null);
        boolean appraised = appraised(a, round);
        OfficialDocx doc = new OfficialDocx(heading(texts.get(appraised ? "scoring.docx.sheetSummary"
                : "scoring.docx.sheetSummaryNotAppraised", String.valueOf(round.year()), unit.name())));
        doc.paragraph(texts.get(appraised ? "scoring.docx.sheetIntro" : "scoring.docx.sheetIntroNotAppraised", round.name(),
                unit.name()), false);
        List<TableRow> rows = new ArrayList<>();
        for (SheetLine l : lines(a)) {
            boolean na = l.item() != null && l.item().notApplicable();
            String note = l.item() == null ? "" : na ? texts.get("scoring.notApplicable")
                    : l.item().appraisalReason() == null ? "" : l.item().appraisalReason();
            rows.add(new TableRow(List.of(l.code(), l.name(), texts.points(l.max()), na ? "" : texts.points(l.self()),
                    na || !appraised ? "" : texts.points(l.fin()), note), !l.leaf()));
        }
        doc.table(List.of(column("scoring.col.code", 8), text("scoring.col.content", 46), column("scoring.col.max", 10),
                column("scoring.col.self", 10), column("scoring.col.appraised", 10), column("scoring.col.note", 16)), rows);
        if (!appraised) {
            doc.paragraph(a.submitted() && result != null
                    ? texts.get("scoring.docx.resultNotAppraised", texts.points(result.selfTotal()), texts.points(result.max()))
                    : texts.get("scoring.docx.notSubmitted"), false);
        } else if (result != null) {
            doc.paragraph(texts.get("scoring.docx.result", texts.points(result.selfTotal()), texts.points(result.total()),
                    texts.points(result.max()), texts.index(result.index()), result.band() == null ? "" : result.band(),
                    String.valueOf(result.rank()), texts.get("scoring.group." + result.group())), false);
        }
        closing(doc);
        return doc.bytes();
    }

    // ---- evidence

    byte[] evidenceZip(Assessment a) {
        CriteriaTree tree = sets.tree(a.setId());
        Map<Long, String> codeOfItem = new HashMap<>();
        store.items(a.id()).forEach(i -> codeOfItem.put(i.id(), tree.node(i.criterionId()).criterion().code()));
        Set<String> names = new HashSet<>();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ScoreItem.Evidence e : store.evidence(a.id())) {
                ScoreRounds.EvidenceFile f = store.evidenceFile(e.id()).orElseThrow();
                String folder = codeOfItem.get(e.itemId()) + ("EXPLANATION".equals(e.stage()) ? "/giai-trinh/" : "/");
                String name = folder + EvidenceCheck.safeName(f.filename());
                if (!names.add(name)) {
                    name = folder + e.id() + "-" + EvidenceCheck.safeName(f.filename());
                    names.add(name);
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(f.content());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers

    /**
     * Points, an index, a band and a rank exist only once the unit has submitted and the round is consolidated (every
     * area's appraisal finished): before, a document shows the self-assessment and says it is not appraised.
     */
    private static boolean appraised(Assessment a, ScoreRound round) {
        return a.submitted() && round.stage() != ScoreRound.Stage.OPEN;
    }

    private static String notAppraisedKey(Assessment a) {
        return a.submitted() ? "scoring.export.notAppraised" : "scoring.export.notSubmitted";
    }

    private DocumentHeading heading(String summary) {
        return official.heading(texts.get("scoring.docx.number"), texts.get("scoring.docx.type"), summary,
                LocalDate.now(clock));
    }

    private void closing(OfficialDocx doc) {
        doc.closing(official.closing(List.of(texts.get("scoring.docx.recipient1"), texts.get("scoring.docx.recipient2"),
                texts.get("scoring.docx.recipient3"))));
    }

    /** A centred column (codes, points, ranks). */
    private TableColumn column(String key, int widthPercent) {
        return new TableColumn(texts.get(key), widthPercent, false);
    }

    /** A left-aligned column for names and criteria, which wrap over several lines. */
    private TableColumn text(String key, int widthPercent) {
        return new TableColumn(texts.get(key), widthPercent, true);
    }

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> String.valueOf(n);
        };
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + " | " + b;
    }
}
