package vn.cchc.audit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cchc.page.PageRequest;

import java.time.LocalDate;
import vn.cchc.page.Crumb;

/** The administrator's read-only view of the audit trail. There is deliberately no edit or delete. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditPages {

    private static final int PAGE_SIZE = 50;
    private final AuditLog auditLog;
    private final MessageSource messages;

    AuditPages(AuditLog auditLog, MessageSource messages) {
        this.messages = messages;
        this.auditLog = auditLog;
    }

    @GetMapping
    String list(@RequestParam(required = false) String actor,
                @RequestParam(required = false) String entityType,
                @RequestParam(required = false) AuditAction action,
                @RequestParam(required = false) String entityId,
                @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
                @RequestParam(defaultValue = "0") int page,
                Model model) {
        AuditFilter filter = new AuditFilter(actor, entityType, action, from, to, entityId);
        // numbered from 0 here; page 10.000 is refused (PageOutOfRange) rather than skipping half a million entries
        PageRequest request = PageRequest.of(Math.max(page, 0) + 1, PAGE_SIZE);
        long total = auditLog.count(filter);
        int safePage = request.page() - 1;
        model.addAttribute("filter", filter);
        model.addAttribute("entries", auditLog.find(filter, request.size(), request.offset()));
        model.addAttribute("total", total);
        model.addAttribute("page", safePage);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("entityTypes", auditLog.entityTypes());
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("breadcrumbs", java.util.List.of(new Crumb(text("nav.admin"), "/admin/users"),
                new Crumb(text("audit.title"), "/admin/audit")));
        return "audit/list";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
