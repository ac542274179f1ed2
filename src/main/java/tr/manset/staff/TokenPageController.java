package tr.manset.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tr.manset.audit.AuditLog;

/** /yonetim/anahtarlar: a member's own API tokens; a new one is shown once. */
@NewsroomController
class TokenPageController {

    private final ApiTokens tokens;
    private final AuditLog audit;

    TokenPageController(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @GetMapping("/yonetim/anahtarlar")
    ModelAndView list(@ModelAttribute("me") StaffMember me) {
        return new ModelAndView("staff/tokens", Map.of("tokens", tokens.of(me)));
    }

    @PostMapping("/yonetim/anahtarlar")
    ModelAndView create(@ModelAttribute("me") StaffMember me, @RequestParam(name = "name", defaultValue = "") String name,
                        HttpServletRequest request, RedirectAttributes flash) {
        String secret = tokens.create(me, name.length() > 80 ? name.substring(0, 80) : name);
        audit.record(me.id(), me.email(), "token.create", "staff:" + me.id(), name, request.getRemoteAddr());
        flash.addFlashAttribute("secret", secret);
        return new ModelAndView("redirect:/yonetim/anahtarlar");
    }

    @PostMapping("/yonetim/anahtarlar/{id}/iptal")
    ModelAndView revoke(@ModelAttribute("me") StaffMember me, @PathVariable long id, HttpServletRequest request,
                        RedirectAttributes flash) {
        if (tokens.revoke(me, id)) {
            audit.record(me.id(), me.email(), "token.revoke", "token:" + id, "", request.getRemoteAddr());
            flash.addFlashAttribute("notice", "Anahtar iptal edildi; artık çalışmıyor.");
        }
        return new ModelAndView("redirect:/yonetim/anahtarlar");
    }
}
