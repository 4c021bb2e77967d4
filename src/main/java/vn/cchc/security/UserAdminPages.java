package vn.cchc.security;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.directory.Directory;
import vn.cchc.page.Crumb;
import vn.cchc.page.PageRequest;

import java.util.ArrayList;
import java.util.List;

@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminPages {

    private final UserAdministration administration;
    private final Directory directory;
    private final MessageSource messages;

    UserAdminPages(UserAdministration administration, Directory directory, MessageSource messages) {
        this.messages = messages;
        this.administration = administration;
        this.directory = directory;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
                @RequestParam(required = false) Role role, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("users", administration.search(q, unitId, role, PageRequest.of(page, size)));
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("role", role);
        return withChoices(model, "security/users");
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new UserForm());
        model.addAttribute("userId", null);
        return withChoices(model, "security/user-form");
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("userId", null);
            return withChoices(model, "security/user-form");
        }
        try {
            long id = administration.create(form);
            redirect.addFlashAttribute("flashSuccess", "user.created");
            return "redirect:/admin/users/" + id;
        } catch (UserAdministrationException e) {
            binding.reject(e.messageKey(), e.arguments(), e.messageKey());
            model.addAttribute("userId", null);
            return withChoices(model, "security/user-form");
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserAccount account = administration.find(id)
                .orElseThrow(() -> new UserAdministrationException("user.notFound", id));
        model.addAttribute("form", UserForm.of(account));
        model.addAttribute("account", account);
        model.addAttribute("userId", id);
        model.addAttribute("mustChangePassword", administration.mustChangePassword(account.username()));
        return withChoices(model, "security/user-form");
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("userId", id);
            administration.find(id).ifPresent(a -> model.addAttribute("account", a));
            return withChoices(model, "security/user-form");
        }
        try {
            administration.update(id, form);
            redirect.addFlashAttribute("flashSuccess", "user.updated");
            return "redirect:/admin/users/" + id;
        } catch (UserAdministrationException e) {
            binding.reject(e.messageKey(), e.arguments(), e.messageKey());
            model.addAttribute("userId", id);
            administration.find(id).ifPresent(a -> model.addAttribute("account", a));
            return withChoices(model, "security/user-form");
        }
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        administration.unlock(id);
        redirect.addFlashAttribute("flashSuccess", "user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/force-password-change")
    String forcePasswordChange(@PathVariable long id, RedirectAttributes redirect) {
        administration.forcePasswordChange(id);
        redirect.addFlashAttribute("flashSuccess", "reset.forced");
        return "redirect:/admin/users/" + id;
    }

    private String withChoices(Model model, String view) {
        if (!"security/users".equals(view)) {
            model.addAttribute("units", directory.current());
        }
        model.addAttribute("allRoles", Role.values());
        List<Crumb> trail = new ArrayList<>(List.of(new Crumb(text("nav.admin"), "/admin/users"),
                new Crumb(text("users.title"), "/admin/users")));
        if ("security/user-form".equals(view)) {
            Object userId = model.getAttribute("userId");
            if (userId == null) {
                trail.add(new Crumb(text("users.new"), "/admin/users/new"));
            } else {
                String label = model.getAttribute("account") instanceof UserAccount a ? a.username() : text("users.edit");
                trail.add(new Crumb(label, "/admin/users/" + userId));
            }
        }
        model.addAttribute("breadcrumbs", trail);
        return view;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
