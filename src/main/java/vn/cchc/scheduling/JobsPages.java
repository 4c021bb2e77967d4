package vn.cchc.scheduling;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import vn.cchc.page.Crumb;

/** The administrator's read-only view of the scheduled jobs. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class JobsPages {

    private final ScheduledJobs jobs;
    private final MessageSource messages;

    JobsPages(ScheduledJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping("/admin/jobs")
    String list(Model model) {
        model.addAttribute("jobs", jobs.list());
        model.addAttribute("maxRows", ScheduledJobs.MAX_ROWS);
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("nav.admin"), "/admin/users"),
                new Crumb(text("scheduling.title"), "/admin/jobs")));
        return "scheduling/jobs";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
