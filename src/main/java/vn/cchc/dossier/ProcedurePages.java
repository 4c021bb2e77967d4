package vn.cchc.dossier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.page.Attachment;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.page.PageRequest;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.spreadsheet.WorkbookWriter;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The procedure catalogue (thủ tục hành chính): a page of procedures filtered by field, online level and words
 * without diacritics, one procedure with its edit form, the Excel import with its template, and the export. Anyone
 * signed in reads it; only the standing agency changes it.
 */
@Controller
class ProcedurePages {

    static final String TEMPLATE_FILE = "mau-danh-muc-thu-tuc-hanh-chinh";
    static final String EXPORT_FILE = "danh-muc-thu-tuc-hanh-chinh";

    private final CatalogueProcedures procedures;
    private final ProcedureCatalogue catalogue;
    private final MessageSource messages;

    ProcedurePages(CatalogueProcedures procedures, ProcedureCatalogue catalogue, MessageSource messages) {
        this.procedures = procedures;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/procedures")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
                @RequestParam(required = false) String level, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        OnlineLevel online = level == null || level.isBlank() ? null : OnlineLevel.of(level);
        model.addAttribute("rows", procedures.page(new CatalogueProcedures.Filter(q, field, online), PageRequest.of(page, size)));
        model.addAttribute("q", q);
        model.addAttribute("field", field);
        model.addAttribute("level", online == null ? null : online.name());
        model.addAttribute("fields", procedures.fields());
        model.addAttribute("levels", OnlineLevel.values());
        model.addAttribute("canEdit", canEdit());
        model.addAttribute("breadcrumbs", List.of(listCrumb()));
        return "dossier/procedures";
    }

    @GetMapping("/procedures/{code}")
    String show(@PathVariable String code, Model model) {
        CatalogueProcedure p = procedures.find(code).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form(p));
        }
        return show(p, model);
    }

    private String show(CatalogueProcedure p, Model model) {
        model.addAttribute("procedure", p);
        model.addAttribute("fields", procedures.fields());
        model.addAttribute("levels", OnlineLevel.values());
        model.addAttribute("canEdit", canEdit());
        model.addAttribute("breadcrumbs", List.of(listCrumb(), new Crumb(p.code(), "/procedures/" + p.code())));
        return "dossier/procedure";
    }

    /** The form's fields as typed: the fee shown back the Vietnamese way. */
    private static Map<String, String> form(CatalogueProcedure p) {
        return Map.of("name", p.name(), "field", p.fieldCode(), "level", p.onlineLevel().name(),
                "fee", VietnameseNumbers.format(p.fee()), "days", p.processingDays() == null ? "" : String.valueOf(p.processingDays()),
                "version", String.valueOf(p.version()));
    }

    @PostMapping("/procedures/{code}")
    @PreAuthorize("hasRole('STANDING_AGENCY')")
    String edit(@PathVariable String code, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "") String field, @RequestParam(defaultValue = "") String level,
                @RequestParam(defaultValue = "") String fee, @RequestParam(defaultValue = "") String days,
                @RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
        Map<ProcedureColumn, String> written = new EnumMap<>(ProcedureColumn.class);
        written.put(ProcedureColumn.NAME, name);
        written.put(ProcedureColumn.FIELD, field);
        written.put(ProcedureColumn.ONLINE_LEVEL, level);
        written.put(ProcedureColumn.FEE, fee);
        written.put(ProcedureColumn.PROCESSING_DAYS, days);
        ProcedureCatalogue.Edit edit = catalogue.edit(code, written, version);
        switch (edit.outcome()) {
            case NOT_FOUND -> throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
            case INVALID -> {
                model.addAttribute("form", Map.of("name", name, "field", field, "level", level, "fee", fee, "days", days,
                        "version", String.valueOf(version)));
                Map<String, String> errors = new java.util.HashMap<>();
                edit.errors().forEach((c, m) -> errors.put(c.name(), m));
                model.addAttribute("errors", errors);
                return show(procedures.find(code).orElseThrow(), model);
            }
            case STALE -> redirect.addFlashAttribute("flashError", "procedure.edit.stale");
            case UNCHANGED -> redirect.addFlashAttribute(FlashRedirect.SUCCESS, "procedure.edit.unchanged");
            case SAVED -> redirect.addFlashAttribute(FlashRedirect.SUCCESS, "procedure.edit.saved");
        }
        return "redirect:/procedures/" + code;
    }

    @GetMapping("/procedures/import")
    @PreAuthorize("hasRole('STANDING_AGENCY')")
    String importForm(Model model) {
        return importPage(model);
    }

    @PostMapping("/procedures/import")
    @PreAuthorize("hasRole('STANDING_AGENCY')")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("noFile", true);
        } else {
            model.addAttribute("result", catalogue.importFile(fileName(file), file.getBytes()));
        }
        return importPage(model);
    }

    private String importPage(Model model) {
        model.addAttribute("breadcrumbs", List.of(listCrumb(), new Crumb(text("procedure.import.title"), "/procedures/import")));
        return "dossier/procedure-import";
    }

    @GetMapping("/procedures/import/template.xlsx")
    @PreAuthorize("hasRole('STANDING_AGENCY')")
    ResponseEntity<byte[]> template() {
        return download(catalogue.template(), TEMPLATE_FILE);
    }

    @GetMapping("/procedures/export.xlsx")
    ResponseEntity<byte[]> export() {
        return download(catalogue.export(), EXPORT_FILE);
    }

    static ResponseEntity<byte[]> download(byte[] body, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(WorkbookWriter.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, new Attachment(name, "xlsx").header()).body(body);
    }

    /** The name the user's computer gave the file, without a path some browsers include. */
    static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "thu-tuc.xlsx";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    static boolean canEdit() {
        return CurrentUser.get().map(u -> u.has(Role.STANDING_AGENCY)).orElse(false);
    }

    private Crumb listCrumb() {
        return new Crumb(text("procedure.list.title"), "/procedures");
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
