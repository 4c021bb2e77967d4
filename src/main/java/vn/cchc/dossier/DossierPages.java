package vn.cchc.dossier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitNotFound;
import vn.cchc.directory.UnitRef;
import vn.cchc.spreadsheet.ExcelTable;
import vn.cchc.indicator.Period;
import vn.cchc.indicator.PeriodLabels;
import vn.cchc.indicator.PeriodType;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.page.Crumb;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Pages: dossier statistics by unit and field, drill-down lists, upload with a progress bar, ingest results. */
@Controller
class DossierPages {

    private final DossierStats stats;
    private final DossierIngest ingest;
    private final Directory directory;
    private final MessageSource messages;
    private final PeriodLabels labels;
    private final Clock clock;
    private final DossierTemplates templates;
    private final Map<String, IngestProgress> running = new ConcurrentHashMap<>();

    DossierPages(DossierStats stats, DossierIngest ingest, Directory directory, MessageSource messages, PeriodLabels labels, Clock clock,
                 DossierTemplates templates) {
        this.clock = clock;
        this.templates = templates;
        this.stats = stats;
        this.ingest = ingest;
        this.directory = directory;
        this.messages = messages;
        this.labels = labels;
    }

    static Period period(String key, LocalDate today) {
        if (key == null || key.isBlank()) {
            return Period.containing(PeriodType.QUARTER, today);
        }
        try {
            return Period.parse(key);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    public record UnitLine(UnitRef unit, Counts counts) {
    }

    @GetMapping("/dossiers")
    String overview(@RequestParam(required = false) String period, Model model) {
        Period p = period(period, LocalDate.now(clock));
        model.addAttribute("period", p);
        model.addAttribute("periods", labels.choices());
        model.addAttribute("province", stats.province(p));
        model.addAttribute("units", unitLines(p));
        model.addAttribute("fields", stats.byField(p, null));
        model.addAttribute("canUpload", canUpload());
        model.addAttribute("ingests", stats.ingests(10));
        model.addAttribute("breadcrumbs", List.of(dossiersCrumb()));
        return "dossier/overview";
    }

    private List<UnitLine> unitLines(Period p) {
        List<UnitLine> lines = new ArrayList<>();
        stats.byUnit(p).forEach((id, c) -> directory.findById(id).ifPresent(u -> lines.add(new UnitLine(u, c))));
        lines.sort(Comparator.comparing((UnitLine l) -> l.unit().kind().ordinal()).thenComparing(l -> l.unit().name()));
        return lines;
    }

    static boolean canUpload() {
        return CurrentUser.get().map(u -> u.has(Role.ADMIN) || u.has(Role.STANDING_AGENCY) || u.has(Role.UNIT_OFFICER))
                .orElse(false);
    }

    @GetMapping("/dossiers.xlsx")
    ResponseEntity<byte[]> overviewExcel(@RequestParam(required = false) String period) {
        Period p = period(period, LocalDate.now(clock));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(countRow("", text("dossier.province"), stats.province(p)));
        unitLines(p).forEach(l -> rows.add(countRow(l.unit().code(), l.unit().name(), l.counts())));
        List<List<Object>> fieldRows = new ArrayList<>();
        stats.byField(p, null).forEach(f -> fieldRows.add(countRow(f.fieldCode(), f.fieldName(), f.counts())));
        return ExcelTable.download(List.of(
                new ExcelTable(text("dossier.sheet.units"), text("dossier.title") + " - " + labels.label(p), countHeaders("dossier.col.unitCode", "dossier.col.unit"), rows),
                new ExcelTable(text("dossier.sheet.fields"), text("dossier.byField") + " - " + labels.label(p), countHeaders("dossier.col.fieldCode", "dossier.col.field"), fieldRows)),
                "ho-so-" + p.key() + ".xlsx");
    }

    private List<String> countHeaders(String codeKey, String nameKey) {
        List<String> h = new ArrayList<>(List.of(text(codeKey), text(nameKey)));
        for (String k : List.of("received", "finished", "onTimeRate", "late", "lateApology", "open", "overdue", "online",
                "digitised", "eResult", "paidOnline", "avgDays")) {
            h.add(text("dossier.col." + k));
        }
        return h;
    }

    private static List<Object> countRow(String code, String name, Counts c) {
        Map<String, vn.cchc.indicator.Measure> m = c.measures();
        return java.util.Arrays.asList(code, name, c.received(), c.finished(), pct(m.get("CS766_2_1")), c.late(),
                c.finishedLateApology(), c.openAtEnd(), c.overdueAtEnd(), pct(m.get("CS766_3_3")), pct(m.get("CS766_4_2")),
                pct(m.get("CS766_4_1")), pct(m.get("CS766_3_6")),
                m.get("CS766_2_2").value(vn.cchc.indicator.IndicatorMeasure.AMOUNT));
    }

    static java.math.BigDecimal pct(vn.cchc.indicator.Measure m) {
        return m == null ? null : m.value(vn.cchc.indicator.IndicatorMeasure.RATIO);
    }

    @GetMapping("/dossiers/units/{code}")
    String unit(@PathVariable String code, @RequestParam(required = false) String period, Model model) {
        UnitRef unit = directory.findByCode(code).orElseThrow(() -> new UnitNotFound(code));
        Period p = period(period, LocalDate.now(clock));
        model.addAttribute("unit", unit);
        model.addAttribute("period", p);
        model.addAttribute("periods", labels.choices());
        model.addAttribute("counts", stats.byUnit(p).getOrDefault(unit.id(), Counts.ZERO));
        model.addAttribute("fields", stats.byField(p, unit.id()));
        model.addAttribute("breadcrumbs", List.of(dossiersCrumb(), new Crumb(unit.name(), "/dossiers/units/" + unit.code())));
        return "dossier/unit";
    }

    @GetMapping("/dossiers/lists/{kind}")
    String list(@PathVariable DossierStats.ListKind kind, @RequestParam(required = false) String unit,
                @RequestParam(required = false) String period, Model model) {
        Period p = period(period, LocalDate.now(clock));
        UnitRef u = unit == null || unit.isBlank() ? null : directory.findByCode(unit).orElseThrow(() -> new UnitNotFound(unit));
        model.addAttribute("kind", kind);
        model.addAttribute("unit", u);
        model.addAttribute("period", p);
        model.addAttribute("rows", stats.list(kind, p, u == null ? null : u.id(), 500));
        model.addAttribute("limit", 500);
        // the history names who sent each file: linked for those who may read it (DossierChanges.historyFor decides)
        model.addAttribute("historyLinks", canUpload());
        List<Crumb> trail = new ArrayList<>(List.of(dossiersCrumb()));
        if (u != null) {
            trail.add(new Crumb(u.name(), "/dossiers/units/" + u.code()));
        }
        trail.add(new Crumb(text("dossier.list." + kind.name()), "/dossiers/lists/" + kind.name()));
        model.addAttribute("breadcrumbs", trail);
        return "dossier/list";
    }

    @GetMapping("/dossiers/lists/{kind}.xlsx")
    ResponseEntity<byte[]> listExcel(@PathVariable DossierStats.ListKind kind, @RequestParam(required = false) String unit,
                                     @RequestParam(required = false) String period) {
        Period p = period(period, LocalDate.now(clock));
        UnitRef u = unit == null || unit.isBlank() ? null : directory.findByCode(unit).orElseThrow(() -> new UnitNotFound(unit));
        List<List<Object>> rows = new ArrayList<>();
        for (DossierStats.DossierLine l : stats.list(kind, p, u == null ? null : u.id(), 100_000)) {
            rows.add(java.util.Arrays.asList(l.code(), l.procedureCode(), l.fieldCode(), l.unitCode(), l.receivedAt(), l.dueAt(),
                    l.finishedAt(), l.supplementRequests(), text(l.apology() ? "dossier.yes" : "dossier.no")));
        }
        return ExcelTable.download(List.of(new ExcelTable(kind.name(), text("dossier.list." + kind) + " - " + labels.label(p)
                        + (u == null ? "" : " - " + u.name()),
                List.of(text("dossier.col.code"), text("dossier.col.procedure"), text("dossier.col.fieldCode"),
                        text("dossier.col.unitCode"), text("dossier.col.receivedAt"), text("dossier.col.dueAt"),
                        text("dossier.col.finishedAt"), text("dossier.col.supplements"), text("dossier.col.apology")), rows)),
                "ho-so-" + kind.name().toLowerCase() + "-" + p.key() + ".xlsx");
    }

    @GetMapping("/dossiers/upload")
    String uploadPage(Model model) {
        if (!canUpload()) {
            throw new org.springframework.security.access.AccessDeniedException("dossier.error.forbidden");
        }
        model.addAttribute("token", java.util.UUID.randomUUID().toString());
        model.addAttribute("ingests", stats.ingests(10));
        model.addAttribute("columns", templates.guide());
        model.addAttribute("breadcrumbs", List.of(dossiersCrumb(), new Crumb(text("dossier.upload.title"), "/dossiers/upload")));
        return "dossier/upload";
    }

    /** The upload as the raw request body (sent by static/js/dossier-upload.js): streamed, never held in memory. */
    @PostMapping("/dossiers/upload")
    @ResponseBody
    Map<String, Object> upload(@RequestParam(required = false) String name, @RequestParam(required = false) String token,
                               HttpServletRequest request) throws IOException {
        IngestProgress progress = new IngestProgress();
        progress.totalBytes = request.getContentLengthLong();
        if (token != null && running.size() < 100) {
            running.put(token, progress);
        }
        IngestResult result;
        try (InputStream in = request.getInputStream()) {
            result = ingest.ingest(name, DossierFormat.of(name, request.getContentType()), in, progress);
        } finally {
            if (token != null) {
                running.remove(token);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", result.id());
        json.put("accepted", result.accepted());
        json.put("location", request.getContextPath() + "/dossiers/ingests/" + result.id());
        return json;
    }

    /** Without JavaScript: an ordinary multipart form (limited by the multipart size settings). */
    @PostMapping("/dossiers/upload-form")
    String uploadForm(@RequestParam("file") MultipartFile file) throws IOException {
        IngestResult result;
        try (InputStream in = file.getInputStream()) {
            result = ingest.ingest(file.getOriginalFilename(), DossierFormat.of(file.getOriginalFilename(), file.getContentType()),
                    in, null);
        }
        return "redirect:/dossiers/ingests/" + result.id();
    }

    @GetMapping("/dossiers/progress")
    @ResponseBody
    Map<String, Object> progress(@RequestParam String token) {
        IngestProgress p = running.get(token);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("known", p != null);
        if (p != null) {
            json.put("bytes", p.bytes());
            json.put("totalBytes", p.totalBytes());
            json.put("rows", p.rows());
            json.put("phase", p.phase());
        }
        return json;
    }

    @GetMapping("/dossiers/ingests/{id}")
    String ingestResult(@PathVariable long id, Model model) {
        DossierStats.IngestLine line = stats.ingest(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("ingest", line);
        List<IngestError> errors = new ArrayList<>();
        if (line.errors() != null) {
            errors = IngestErrors.parse(line.errors());
        }
        model.addAttribute("errors", errors);
        model.addAttribute("breadcrumbs", List.of(dossiersCrumb(), new Crumb(text("dossier.upload.title"), "/dossiers/upload"),
                new Crumb(text("dossier.ingest.title"), "/dossiers/ingests/" + id)));
        return "dossier/ingest";
    }

    private Crumb dossiersCrumb() {
        return new Crumb(text("nav.dossiers"), "/dossiers");
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
