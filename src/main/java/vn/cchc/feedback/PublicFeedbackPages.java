package vn.cchc.feedback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.page.PageRequest;
import vn.cchc.vietnamese.VietnameseFolding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The citizens' feedback screens, without an account: the form, the receipt with the tracking code, following a case
 * by its code (and giving the information asked), and the published answers. Nothing here shows contact details.
 */
@Controller
class PublicFeedbackPages {

    private final FeedbackIntake intake;
    private final Feedbacks cases;

    PublicFeedbackPages(FeedbackIntake intake, Feedbacks cases) {
        this.intake = intake;
        this.cases = cases;
    }

    @GetMapping("/public/feedback")
    String form(Model model) {
        return form(model, Map.of("key", UUID.randomUUID().toString()), List.of());
    }

    @PostMapping("/public/feedback")
    String submit(@RequestParam(required = false) String key, @RequestParam(required = false) FeedbackKind kind,
                  @RequestParam(required = false) String name, @RequestParam(required = false) String address,
                  @RequestParam(required = false) String phone, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String title, @RequestParam(required = false) String content,
                  @RequestParam(required = false) String agency,
                  @RequestPart(required = false) List<MultipartFile> files, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
        Map<String, String> typed = new LinkedHashMap<>();
        UUID formKey = uuid(key);
        typed.put("key", formKey.toString());
        typed.put("kind", kind == null ? "" : kind.name());
        typed.put("name", name);
        typed.put("address", address);
        typed.put("phone", phone);
        typed.put("email", email);
        typed.put("title", title);
        typed.put("content", content);
        typed.put("agency", agency);
        List<FeedbackIntake.Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                uploads.add(new FeedbackIntake.Upload(f.getOriginalFilename(), f.getBytes()));
            }
        }
        try {
            FeedbackIntake.Receipt receipt = intake.submit(new FeedbackIntake.Submission(formKey, kind, name, address,
                    phone, email, title, content, agency), uploads, request.getRemoteAddr());
            redirect.addFlashAttribute("receipt", receipt.code());
            return "redirect:/public/feedback/received";
        } catch (FeedbackRejected e) {
            response.setStatus(e instanceof QuotaExceeded ? 429 : 422);
            return form(model, typed, e.problems());
        }
    }

    @GetMapping("/public/feedback/received")
    String received(Model model) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:/public/feedback/track";
        }
        return "feedback/public-received";
    }

    @GetMapping("/public/feedback/track")
    String track(@RequestParam(required = false) String code, Model model) {
        String typed = code == null ? "" : code.strip().toUpperCase();
        model.addAttribute("code", typed);
        if (!typed.isEmpty()) {
            FeedbackCase c = cases.findByCode(typed).orElse(null);
            model.addAttribute("found", c != null);
            if (c != null) {
                model.addAttribute("shown", PublicCase.of(c));
                model.addAttribute("steps", cases.steps(c.id()));
            }
        }
        return "feedback/public-track";
    }

    @PostMapping("/public/feedback/track/reply")
    String reply(@RequestParam(required = false) String code, @RequestParam(required = false) String reply,
                 HttpServletRequest request, RedirectAttributes redirect) {
        try {
            intake.reply(code, reply, request.getRemoteAddr());
            redirect.addFlashAttribute("replied", true);
        } catch (FeedbackRejected e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/public/feedback/track?code=" + (code == null ? "" : code.strip().toUpperCase());
    }

    @GetMapping("/public/feedback/answers")
    String answers(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                   @RequestParam(required = false) Integer size, Model model) {
        String folded = q == null || q.isBlank() ? null : VietnameseFolding.fold(q.strip());
        model.addAttribute("q", q == null ? "" : q.strip());
        vn.cchc.page.Page<FeedbackCase> found = cases.published(folded, PageRequest.of(page, size));
        model.addAttribute("rows", found.items().stream().map(PublicCase::of).toList());
        model.addAttribute("page", found);
        return "feedback/public-answers";
    }

    @GetMapping("/public/feedback/answers/{code}")
    String answer(@PathVariable String code, Model model) {
        FeedbackCase c = cases.findByCode(code).filter(f -> f.status() == FeedbackStatus.PUBLISHED)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("shown", PublicCase.of(c));
        return "feedback/public-answer";
    }

    private String form(Model model, Map<String, String> typed, List<String> problems) {
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", FeedbackKind.values());
        model.addAttribute("maxFiles", FeedbackIntake.MAX_FILES);
        return "feedback/public-form";
    }

    private static UUID uuid(String key) {
        try {
            return key == null || key.isBlank() ? UUID.randomUUID() : UUID.fromString(key.strip());
        } catch (IllegalArgumentException e) {
            return UUID.randomUUID();
        }
    }
}
