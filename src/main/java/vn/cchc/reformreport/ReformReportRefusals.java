package vn.cchc.reformreport;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A refusal that reaches no form of its own (an unknown unit or period in the address): a page saying what was refused. */
@ControllerAdvice(basePackageClasses = ReformReportRefusals.class)
class ReformReportRefusals {

    private final ReformReportText text;

    ReformReportRefusals(ReformReportText text) {
        this.text = text;
    }

    @ExceptionHandler(ReformReportRefused.class)
    String refused(ReformReportRefused e, Model model, HttpServletResponse response) {
        response.setStatus(e.notFound() ? 404 : 422);
        model.addAttribute("message", text.of(e));
        return "reformreport/refused";
    }
}
