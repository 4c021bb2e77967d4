package vn.cchc.plan;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.page.Crumb;

import java.util.List;

/** "Việc của tôi": the tasks of the signed-in officer's unit, due soon, overdue, returned, awaiting confirmation. */
@Controller
class MyTasksPages {

    private final PlanDashboard dashboard;
    private final MessageSource messages;

    MyTasksPages(PlanDashboard dashboard, MessageSource messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @GetMapping("/my-tasks")
    String myTasks(Model model) {
        CchcUser user = CurrentUser.require();
        PlanDashboard.UnitTasks mine = dashboard.forUnit(user.unitId());
        model.addAttribute("unitName", user.unitName());
        model.addAttribute("dueSoon", mine.dueSoon());
        model.addAttribute("overdue", mine.overdue());
        model.addAttribute("returned", mine.returned());
        model.addAttribute("awaiting", mine.awaiting());
        model.addAttribute("all", mine.all());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("plan.my.title"), "/my-tasks")));
        return "plan/my-tasks";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
