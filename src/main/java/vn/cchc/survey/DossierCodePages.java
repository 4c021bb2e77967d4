package vn.cchc.survey;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.document.OfficialPdf;
import vn.cchc.page.Attachment;

/** The button beside a dossier in the dossier lists: its survey code as one printable slip (PDF). */
@Controller
class DossierCodePages {

    private final DossierCodes codes;
    private final CodeSlips slips;

    DossierCodePages(DossierCodes codes, CodeSlips slips) {
        this.codes = codes;
        this.slips = slips;
    }

    @PostMapping("/survey/dossier-code")
    Object issue(@RequestParam(required = false) String dossier, @RequestParam(required = false) String back,
                 RedirectAttributes redirect) {
        try {
            DossierCodes.Issued issued = codes.issue(dossier);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(OfficialPdf.CONTENT_TYPE))
                    .header(HttpHeaders.CONTENT_DISPOSITION, new Attachment("ma-khao-sat-ho-so-" + issued.dossierCode(), "pdf").header())
                    .body(slips.pdf(issued.batch()));
        } catch (SurveyRefused e) {
            redirect.addFlashAttribute("flashErrorText", String.join(" ", e.problems()));
            // back only to a dossier screen of this application, never to an address given from outside
            return "redirect:" + (back != null && back.matches("/dossiers(/[A-Za-z0-9_/-]*)?") ? back : "/dossiers");
        }
    }
}
