package tr.manset.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tr.manset.audit.AuditLog;

/** /yonetim/parola: a member changes their own password (after the one-time password, say). */
@NewsroomController
class PasswordController {

    private final StaffAccounts accounts;
    private final AuditLog audit;

    PasswordController(StaffAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/yonetim/parola")
    ModelAndView form() {
        return new ModelAndView("staff/password", Map.of("problem", ""));
    }

    @PostMapping("/yonetim/parola")
    ModelAndView change(@ModelAttribute("me") StaffMember me, @RequestParam(name = "mevcut", defaultValue = "") String current,
                        @RequestParam(name = "yeni", defaultValue = "") String next,
                        @RequestParam(name = "tekrar", defaultValue = "") String again,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        String problem = next.length() < StaffAccounts.PASSWORD_MIN ? "Yeni parola en az " + StaffAccounts.PASSWORD_MIN + " karakter olmalı."
            : !next.equals(again) ? "Yeni parola ile tekrarı aynı değil."
            : !accounts.changePassword(me, current, next) ? "Şu anki parolanız doğru değil."
            : "";
        if (!problem.isEmpty()) {
            response.setStatus(400);
            return new ModelAndView("staff/password", Map.of("problem", problem));
        }
        audit.record(me.id(), me.email(), "staff.password", "staff:" + me.id(), "", request.getRemoteAddr());
        flash.addFlashAttribute("notice", "Parolanız değiştirildi.");
        return new ModelAndView("redirect:/yonetim");
    }
}
