package vn.cchc.directory;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.audit.AuditActor;
import vn.cchc.page.Crumb;

import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The directory pages: the tree with live search, a unit's page with its edit forms, my unit, followed units. */
@Controller
@RequestMapping("/units")
class UnitPages {

    private final Directory directory;
    private final DirectoryAdministration administration;
    private final MessageSource messages;
    private final Clock clock;

    /** A search shows at most this many units; beyond, the user types more. */
    static final int MAX_MATCHES = 100;

    private final UnitBranches branches;

    UnitPages(Directory directory, DirectoryAdministration administration, UnitBranches branches,
              MessageSource messages, Clock clock) {
        this.branches = branches;
        this.clock = clock;
        this.directory = directory;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) UnitKind kind,
                @RequestParam(defaultValue = "false") boolean former, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        results(q, kind, former, PageRequest.of(page, size == null ? MAX_MATCHES : size), model);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("unit.list.title"), "/units")));
        return "directory/units";
    }

    /** The live search: only the results, swapped in by htmx as the user types. */
    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) UnitKind kind,
                  @RequestParam(defaultValue = "false") boolean former, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) Integer size, Model model) {
        results(q, kind, former, PageRequest.of(page, size == null ? MAX_MATCHES : size), model);
        return "directory/units :: results";
    }

    /**
     * Without a search text the kinds are listed with their counts and open on demand ({@link #branches}); a search
     * shows its matches as a tree, {@value #MAX_MATCHES} a page, read a page at a time in SQL.
     */
    private void results(String q, UnitKind kind, boolean former, PageRequest request, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("former", former);
        if (q == null || q.isBlank()) {
            List<UnitBranches.KindCount> kinds = branches.kinds(former, LocalDate.now(clock)).stream()
                    .filter(k -> kind == null || k.kind() == kind).toList();
            model.addAttribute("kindCounts", kinds);
            model.addAttribute("unitCount", kinds.stream().mapToLong(UnitBranches.KindCount::units).sum());
            return;
        }
        Page<Unit> found = directory.search(new UnitQuery(q, kind, null, former), request);
        model.addAttribute("tree", directory.tree(found.items()));
        model.addAttribute("matches", found);
    }

    /** A kind's branches or a unit's children, a page at a time (htmx). */
    @GetMapping("/branches")
    String branches(@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) String parent,
                    @RequestParam(defaultValue = "false") boolean former, @RequestParam(defaultValue = "0") int depth,
                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                    Model model) throws MissingServletRequestParameterException {
        PageRequest request = PageRequest.of(page, size);
        LocalDate today = LocalDate.now(clock);
        if (parent == null && kind == null) {
            throw new MissingServletRequestParameterException("kind", "UnitKind");
        }
        model.addAttribute("branches", parent != null ? branches.children(parent, former, today, request)
                : branches.roots(kind, former, today, request));
        model.addAttribute("kind", kind);
        model.addAttribute("parent", parent);
        model.addAttribute("former", former);
        model.addAttribute("depth", Math.max(0, Math.min(depth, 20)));
        return "directory/units :: branches";
    }

    @GetMapping("/mine")
    String mine() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AuditActor actor && actor.unitCode() != null) {
            return "redirect:/units/" + actor.unitCode();
        }
        return "redirect:/units";
    }

    @GetMapping("/followed")
    @PreAuthorize("hasAnyRole('LEADER','ADMIN')")
    String followed(Model model) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        model.addAttribute("units", directory.followedBy(username));
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("unit.list.title"), "/units"),
                new Crumb(text("unit.followed.title"), "/units/followed")));
        return "directory/followed";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','STANDING_AGENCY')")
    String createForm(Model model) {
        return newPage(StructureForm.empty(), List.of(), model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','STANDING_AGENCY')")
    String create(@ModelAttribute StructureForm form, Model model, RedirectAttributes redirect) {
        ImportResult result = administration.createUnit(form);
        if (!result.accepted()) {
            return newPage(form, result.errors(), model);
        }
        redirect.addFlashAttribute("flashSuccess", "unit.created");
        return "redirect:/units/" + UnitStructure.clean(form.code());
    }

    private String newPage(StructureForm form, List<ImportError> errors, Model model) {
        model.addAttribute("structure", form);
        model.addAttribute("structureErrors", errors);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("unit.list.title"), "/units"),
                new Crumb(text("unit.new.title"), "/units/new")));
        return "directory/unit-new";
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        UnitDetails details = directory.details(code).orElseThrow(() -> new UnitNotFound(code));
        model.addAttribute("structure", StructureForm.of(details.unit()));
        model.addAttribute("contact", details.unit().contact());
        return detailPage(details, model);
    }

    @PostMapping("/{code}/contact")
    @PreAuthorize("@unitAccess.canChange(@directory.idOf(#code))")
    String updateContact(@PathVariable String code, @Valid @ModelAttribute("contact") UnitContact contact,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        UnitDetails details = directory.details(code).orElseThrow(() -> new UnitNotFound(code));
        if (binding.hasErrors()) {
            model.addAttribute("structure", StructureForm.of(details.unit()));
            model.addAttribute("contactErrors", binding.getAllErrors().stream()
                    .map(e -> messages.getMessage(e, LocaleContextHolder.getLocale())).toList());
            return detailPage(details, model);
        }
        administration.updateContact(details.unit().id(), contact);
        redirect.addFlashAttribute("flashSuccess", "unit.contact.saved");
        return "redirect:/units/" + code;
    }

    @PostMapping("/{code}/structure")
    @PreAuthorize("hasAnyRole('ADMIN','STANDING_AGENCY')")
    String updateStructure(@PathVariable String code, @ModelAttribute StructureForm form, Model model,
                           RedirectAttributes redirect) {
        ImportResult result = administration.updateStructure(code, form);
        if (!result.accepted()) {
            UnitDetails details = directory.details(code).orElseThrow(() -> new UnitNotFound(code));
            model.addAttribute("structure", form);
            model.addAttribute("structureErrors", result.errors());
            model.addAttribute("contact", details.unit().contact());
            return detailPage(details, model);
        }
        redirect.addFlashAttribute("flashSuccess", result.updated() > 0 ? "unit.structure.saved" : "unit.unchanged");
        return "redirect:/units/" + code;
    }

    private String detailPage(UnitDetails details, Model model) {
        model.addAttribute("details", details);
        model.addAttribute("u", details.unit());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("unit.list.title"), "/units"),
                new Crumb(details.unit().name(), "/units/" + details.unit().code())));
        return "directory/unit";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
