package vn.cchc.plan;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.cchc.page.Crumb;

/** The first steps of the plan pages' breadcrumb trails: the plan list, then a plan by its number. */
final class PlanCrumbs {

    private PlanCrumbs() {
    }

    static Crumb plans(MessageSource messages) {
        return new Crumb(messages.getMessage("nav.plans", null, LocaleContextHolder.getLocale()), "/plans");
    }

    static Crumb plan(PlanSummary plan) {
        String label = plan.number() == null || plan.number().isBlank() ? plan.title() : plan.number();
        return new Crumb(label, "/plans/" + plan.id());
    }
}
