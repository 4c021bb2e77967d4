package vn.cchc.survey;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.cchc.directory.Directory;
import vn.cchc.document.OfficialPdf;
import vn.cchc.page.Attachment;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.ReadableUnits;
import vn.cchc.security.UnitAccess;
import vn.cchc.spreadsheet.WorkbookWriter;
import vn.cchc.vietnamese.NotVietnameseDate;
import vn.cchc.vietnamese.VietnameseDates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The officers' survey screens: the list of questionnaires and campaigns, a new campaign (the standing agency), a
 * campaign's progress per unit against its sample and its results, closing it, printing a batch of code slips for
 * the counter and the Excel export. A unit's officer sees the campaigns of their unit and only their unit's row.
 */
@Controller
class CampaignPages {

    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final OneTimeCodes codes;
    private final CodeSlips slips;
    private final SurveyResults results;
    private final SurveyExport export;
    private final Directory directory;
    private final UnitAccess access;
    private final MessageSource messages;

    CampaignPages(Campaigns campaigns, Questionnaires questionnaires, OneTimeCodes codes, CodeSlips slips,
                  SurveyResults results, SurveyExport export, Directory directory, UnitAccess access, MessageSource messages) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.codes = codes;
        this.slips = slips;
        this.results = results;
        this.export = export;
        this.directory = directory;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/survey")
    String home(Model model) {
        boolean standing = access.isStandingAgency();
        model.addAttribute("standing", standing);
        model.addAttribute("questionnaires", standing ? questionnaires.all() : List.of());
        model.addAttribute("campaigns", standing ? campaigns.all() : campaigns.openFor(CurrentUser.require().unitId()));
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("survey.title"), "/survey")));
        return "survey/home";
    }

    @GetMapping("/survey/campaigns/new")
    String newCampaign(Model model) {
        requireStanding();
        return form(model, Map.of(), List.of());
    }

    @PostMapping("/survey/campaigns")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) Long versionId,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) List<RespondentGroup> groups, @RequestParam(required = false) List<Channel> channels,
                  @RequestParam(required = false) String samples, Model model, RedirectAttributes redirect) {
        requireStanding();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", name);
        typed.put("versionId", versionId == null ? "" : versionId.toString());
        typed.put("from", from);
        typed.put("to", to);
        typed.put("samples", samples);
        List<String> problems = new ArrayList<>();
        java.time.LocalDate start = day(from, "Ngày bắt đầu", problems);
        java.time.LocalDate end = day(to, "Ngày kết thúc", problems);
        if (!problems.isEmpty()) {
            return form(model, typed, problems);
        }
        try {
            long id = campaigns.open(new Campaigns.CampaignForm(name, versionId, start, end, groups, channels, samples));
            redirect.addFlashAttribute(FlashRedirect.SUCCESS, "survey.campaign.opened");
            return "redirect:/survey/campaigns/" + id;
        } catch (SurveyRefused e) {
            return form(model, typed, e.problems());
        }
    }

    @GetMapping("/survey/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        Campaign c = campaigns.require(id);
        boolean standing = access.isStandingAgency();
        long ownUnit = CurrentUser.require().unitId();
        ReadableUnits readable = access.readableUnsubmitted();
        List<Campaigns.Progress> progress = campaigns.progress(id).stream()
                .filter(p -> readable.all() || readable.ids().contains(p.unit().id())).toList();
        if (!standing && progress.isEmpty()) {
            throw new AccessDeniedException("Đơn vị không thuộc đợt khảo sát này.");
        }
        SurveyResults.Report report = results.report(id);
        model.addAttribute("campaign", c);
        model.addAttribute("q", questionnaires.version(c.versionId()).orElseThrow());
        model.addAttribute("standing", standing);
        model.addAttribute("progress", progress);
        model.addAttribute("report", standing ? report : null);
        model.addAttribute("ownRow", report.unit(ownUnit).orElse(null));
        model.addAttribute("canCollect", campaigns.targets(id, ownUnit) && access.canChange(ownUnit) && c.status() == Campaign.Status.OPEN);
        model.addAttribute("byCode", c.uses(Channel.CODE));
        model.addAttribute("byKiosk", c.uses(Channel.KIOSK));
        model.addAttribute("byPaper", c.uses(Channel.PAPER));
        model.addAttribute("formKey", UUID.randomUUID().toString());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("survey.title"), "/survey"), new Crumb(c.name(), "/survey/campaigns/" + id)));
        return "survey/campaign";
    }

    @PostMapping("/survey/campaigns/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        boolean closed = campaigns.close(id);
        redirect.addFlashAttribute(FlashRedirect.SUCCESS, closed ? "survey.campaign.closed" : "survey.campaign.closedBefore");
        return "redirect:/survey/campaigns/" + id;
    }

    /** Issues a batch for the officer's unit (or the unit the standing agency names) and answers its slips as PDF. */
    @PostMapping("/survey/campaigns/{id}/codes")
    Object issue(@PathVariable long id, @RequestParam(required = false) String count, @RequestParam(required = false) String formKey,
                 @RequestParam(required = false) String unitCode, RedirectAttributes redirect) {
        long unit = unitCode == null || unitCode.isBlank() ? CurrentUser.require().unitId()
                : directory.findByCode(unitCode.strip()).orElseThrow(() -> new AccessDeniedException("Không có đơn vị " + unitCode)).id();
        int n;
        try {
            n = Integer.parseInt(count == null ? "" : count.strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        try {
            OneTimeCodes.Batch batch = codes.issue(id, unit, n, formKey);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(OfficialPdf.CONTENT_TYPE))
                    .header(HttpHeaders.CONTENT_DISPOSITION, new Attachment("ma-khao-sat-" + id + "-lo-" + batch.id(), "pdf").header())
                    .body(slips.pdf(batch));
        } catch (SurveyRefused e) {
            redirect.addFlashAttribute("flashErrorText", String.join(" ", e.problems()));
            return "redirect:/survey/campaigns/" + id;
        }
    }

    @GetMapping("/survey/campaigns/{id}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        requireStanding();
        Campaign c = campaigns.require(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(WorkbookWriter.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, new Attachment("khao-sat-" + c.name(), "xlsx").header())
                .body(export.workbook(id));
    }

    private String form(Model model, Map<String, String> typed, List<String> problems) {
        model.addAttribute("questionnaires", questionnaires.all());
        model.addAttribute("groups", RespondentGroup.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("typed", new LinkedHashMap<>(typed));
        model.addAttribute("problems", problems);
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("survey.title"), "/survey"),
                new Crumb(text("survey.campaign.new"), "/survey/campaigns/new")));
        return "survey/campaign-new";
    }

    private static java.time.LocalDate day(String text, String what, List<String> problems) {
        try {
            return VietnameseDates.parse(text);
        } catch (NotVietnameseDate e) {
            problems.add(what + ": \"" + text.strip() + "\" không phải ngày (viết như 30/06/2026).");
            return null;
        }
    }

    private void requireStanding() {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ Sở Nội vụ mở đợt khảo sát.");
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
