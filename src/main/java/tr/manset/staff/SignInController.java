package tr.manset.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.system.SiteProperties;

/** The sign-in form at /yonetim/giris; Spring Security handles what it posts. */
@Controller
class SignInController {

    private final SiteProperties site;

    SignInController(SiteProperties site) {
        this.site = site;
    }

    @GetMapping(NewsroomSecurity.SIGN_IN)
    ModelAndView form(@RequestParam(name = "hata", required = false) String error,
                      @RequestParam(name = "cikis", required = false) String signedOut,
                      HttpServletRequest request) {
        String message = error == null ? null : switch (error) {
            case "bekleyin" -> "Çok sayıda hatalı deneme yapıldı. Lütfen biraz bekleyip yeniden deneyin.";
            case "kapali" -> "Bu hesap kapatılmış. Yöneticinize başvurun.";
            default -> "E-posta adresi ya da parola hatalı.";
        };
        String notice = signedOut != null ? "Oturumunuz kapatıldı." : null;
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new ModelAndView("staff/signin", Map.of(
            "siteName", site.siteName(),
            "csrf", csrf,
            "error", message == null ? "" : message,
            "notice", notice == null ? "" : notice));
    }
}
