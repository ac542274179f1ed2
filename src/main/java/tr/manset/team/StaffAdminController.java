package tr.manset.team;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tr.manset.audit.AuditLog;
import tr.manset.category.Categories;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.Role;
import tr.manset.staff.StaffAccounts;
import tr.manset.staff.StaffMember;
import tr.manset.system.web.NotFoundException;

/**
 * /yonetim/kullanicilar: admins add staff (with a one-time password shown once), change roles and
 * an Editör's categories, and disable accounts.
 */
@NewsroomController
class StaffAdminController {

    private final StaffAccounts accounts;
    private final Categories categories;
    private final AuditLog audit;

    StaffAdminController(StaffAccounts accounts, Categories categories, AuditLog audit) {
        this.accounts = accounts;
        this.categories = categories;
        this.audit = audit;
    }

    @GetMapping("/yonetim/kullanicilar")
    ModelAndView list(@ModelAttribute("me") StaffMember me) {
        require(me);
        return page("");
    }

    @PostMapping("/yonetim/kullanicilar")
    ModelAndView invite(@ModelAttribute("me") StaffMember me, @RequestParam(name = "email", defaultValue = "") String email,
                        @RequestParam(name = "name", defaultValue = "") String name,
                        @RequestParam(name = "role", defaultValue = "REPORTER") Role role,
                        @RequestParam(name = "categoryIds", required = false) List<Long> categoryIds,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        require(me);
        String problem = !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? "Geçerli bir e-posta adresi yazın."
            : name.isBlank() ? "Ad boş olamaz."
            : accounts.emailTaken(email) ? "Bu e-posta adresiyle bir hesap zaten var."
            : "";
        if (!problem.isEmpty()) {
            response.setStatus(400);
            return page(problem);
        }
        String password = StaffAccounts.oneTimePassword();
        StaffMember created = accounts.create(email, name, role, password, ids(categoryIds));
        audit.record(me.id(), me.email(), "staff.invite", "staff:" + created.id(), created.email() + " " + role, request.getRemoteAddr());
        flash.addFlashAttribute("notice", created.name() + " eklendi. İlk giriş parolası (yalnızca şimdi gösteriliyor): " + password);
        return new ModelAndView("redirect:/yonetim/kullanicilar");
    }

    @PostMapping("/yonetim/kullanicilar/{id}")
    ModelAndView change(@ModelAttribute("me") StaffMember me, @PathVariable long id,
                        @RequestParam(name = "role") Role role,
                        @RequestParam(name = "categoryIds", required = false) List<Long> categoryIds,
                        @RequestParam(name = "disabled", defaultValue = "false") boolean disabled,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        require(me);
        StaffMember before = accounts.find(id).orElseThrow(() -> new NotFoundException("staff " + id));
        if (id == me.id() && (role != Role.ADMIN || disabled)) {
            response.setStatus(400);
            return page("Kendi yönetici yetkinizi kaldıramaz ya da kendi hesabınızı kapatamazsınız.");
        }
        StaffMember after = accounts.change(id, role, ids(categoryIds), disabled);
        audit.record(me.id(), me.email(), "staff.change", "staff:" + id,
            before.role() + " → " + after.role() + (after.disabled() ? " (kapalı)" : ""), request.getRemoteAddr());
        flash.addFlashAttribute("notice", after.name() + " kaydedildi.");
        return new ModelAndView("redirect:/yonetim/kullanicilar");
    }

    private ModelAndView page(String problem) {
        return new ModelAndView("team/staff", Map.of("members", accounts.all(), "categories", categories.all(),
            "roles", List.of(Role.values()), "problem", problem));
    }

    private static Set<Long> ids(List<Long> categoryIds) {
        return categoryIds == null ? Set.of() : new HashSet<>(categoryIds);
    }

    private static void require(StaffMember me) {
        if (!me.role().managesStaff()) {
            throw new AccessDeniedException(me.email() + " may not manage staff");
        }
    }
}
