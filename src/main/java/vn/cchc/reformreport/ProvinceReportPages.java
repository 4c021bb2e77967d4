package vn.cchc.reformreport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.document.OfficialFormat;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.security.UnitAccess;
import vn.cchc.spreadsheet.WorkbookWriter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The standing agency's province report of a period: consolidation, its own narrative, Word, PDF and Excel. */
@Controller
class ProvinceReportPages {

    private final ProvinceReports province;
    private final ReportPeriods periods;
    private final ProvinceReportDocument documents;
    private final UnitAccess access;
    private final ReformReportText text;

    ProvinceReportPages(ProvinceReports province, ReportPeriods periods, ProvinceReportDocument documents, UnitAccess access,
                        ReformReportText text) {
        this.province = province;
        this.periods = periods;
        this.documents = documents;
        this.access = access;
        this.text = text;
    }

    @GetMapping("/reform-reports/province/{periodKey}")
    String page(@PathVariable String periodKey, Model model) {
        ReportPeriod p = periods.resolve(periodKey);
        requireReader();
        model.addAttribute("c", province.consolidate(p));
        model.addAttribute("periodLabel", documents.periodLabel(p));
        model.addAttribute("outline", List.of(Outline.values()));
        model.addAttribute("canEdit", access.isStandingAgency());
        model.addAttribute("breadcrumbs", List.of(
                new Crumb(text.get("reformreport.board.title"), "/reform-reports/board?period=" + p.key()),
                new Crumb(text.get("reformreport.province.title"), "/reform-reports/province/" + p.key())));
        return "reformreport/province";
    }

    @PostMapping("/reform-reports/province/{periodKey}")
    String save(@PathVariable String periodKey, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        ReportPeriod p = periods.resolve(periodKey);
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("reformreport.error.onlyStandingAgency");
        }
        Map<String, String> sections = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("section_")) {
                sections.put(k.substring("section_".length()), v);
            }
        });
        int version;
        try {
            version = Integer.parseInt(form.getOrDefault("version", "0"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        int v = version;
        return FlashRedirect.run(redirect, "/reform-reports/province/" + p.key(), "reformreport.flash.saved",
                ReformReportRefused.class, (e, r) -> r.addFlashAttribute("flashErrorText", text.of(e)),
                () -> province.save(p, v, form.get("docNumber"), sections));
    }

    @GetMapping("/reform-reports/province/{periodKey}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable String periodKey) {
        return report(periodKey, OfficialFormat.DOCX);
    }

    @GetMapping("/reform-reports/province/{periodKey}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String periodKey) {
        return report(periodKey, OfficialFormat.PDF);
    }

    private ResponseEntity<byte[]> report(String periodKey, OfficialFormat format) {
        ReportPeriod p = periods.resolve(periodKey);
        requireReader();
        return file(documents.document(province.consolidate(p), format), format.contentType(),
                "bao-cao-cchc-" + p.key() + "." + format.extension());
    }

    @GetMapping("/reform-reports/province/{periodKey}/appendix.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String periodKey) {
        ReportPeriod p = periods.resolve(periodKey);
        requireReader();
        return file(documents.xlsx(province.consolidate(p)), WorkbookWriter.CONTENT_TYPE, "phu-luc-cchc-" + p.key() + ".xlsx");
    }

    /** The consolidation shows every unit's figures before the province issues it: the standing agency and leaders. */
    private void requireReader() {
        if (!access.isStandingAgency() && !vn.cchc.security.CurrentUser.get()
                .map(u -> u.has(vn.cchc.security.Role.LEADER)).orElse(false)) {
            throw new AccessDeniedException("reformreport.error.onlyStandingAgency");
        }
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
