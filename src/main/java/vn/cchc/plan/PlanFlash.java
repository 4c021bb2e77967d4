package vn.cchc.plan;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.page.FlashRedirect;

import java.util.function.Supplier;

/**
 * A plan write from a page: a refused rule is flashed as its message key ({@code flashError}) with the message's
 * arguments ({@code flashErrorArgs}), so a refusal that names the refused value shows it.
 */
final class PlanFlash {

    private PlanFlash() {
    }

    static String run(RedirectAttributes redirect, String target, String success, Supplier<Long> action) {
        return FlashRedirect.run(redirect, target, success, PlanRuleException.class,
                (e, r) -> {
                    r.addFlashAttribute("flashError", e.key());
                    r.addFlashAttribute("flashErrorArgs", e.args());
                }, action::get);
    }
}
