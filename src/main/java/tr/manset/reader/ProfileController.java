package tr.manset.reader;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** /hesap: a signed-in reader's name, address, password and notices; and /hesap/durum for the pages' script. */
@Controller
class ProfileController {

    private final Accounts accounts;
    private final ReaderSessions sessions;

    ProfileController(Accounts accounts, ReaderSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /**
     * Whether this browser is signed in, for the script of cached pages (which are the same for
     * everyone). Never cached; a cookie whose session has ended is dropped.
     */
    @GetMapping("/hesap/durum")
    ResponseEntity<Map<String, Object>> state(HttpServletRequest request, HttpServletResponse response) {
        var session = sessions.current(request);
        if (session.isEmpty() && sessions.hasCookie(request)) {
            sessions.forget(request, response);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("girisYapildi", session.isPresent());
        session.ifPresent(s -> body.put("ad", s.reader().displayName()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping("/hesap")
    ModelAndView account(@RequestParam(name = "tamam", defaultValue = "") String done, HttpServletRequest request) {
        var session = sessions.current(request);
        if (session.isEmpty()) {
            return ReaderViews.seeOther(ReaderWeb.signInPath("/hesap"));
        }
        return page(session.get(), notice(done), "", "");
    }

    @PostMapping("/hesap/ad")
    ModelAndView rename(@RequestParam(name = "ad", defaultValue = "") String name, HttpServletRequest request,
                        HttpServletResponse response) {
        var session = sessions.current(request).orElseThrow();
        try {
            accounts.rename(session.reader(), name);
        } catch (AccountRefused refused) {
            response.setStatus(refused.status().value());
            return page(session, "", refused.getMessage(), "");
        }
        return ReaderViews.seeOther("/hesap?tamam=ad");
    }

    @PostMapping("/hesap/bildirimler")
    ModelAndView notices(@RequestParam(name = "yanitlar", defaultValue = "") String replies, HttpServletRequest request) {
        var session = sessions.current(request).orElseThrow();
        accounts.replyNotices(session.reader(), replies.equals("evet"));
        return ReaderViews.seeOther("/hesap?tamam=bildirim");
    }

    @PostMapping("/hesap/e-posta")
    ModelAndView changeEmail(@RequestParam(name = "eposta", defaultValue = "") String email,
                             @RequestParam(name = "parola", defaultValue = "") String password,
                             HttpServletRequest request, HttpServletResponse response) {
        var session = sessions.current(request).orElseThrow();
        try {
            accounts.requestEmailChange(session.reader(), email, password);
        } catch (AccountRefused refused) {
            response.setStatus(refused.status().value());
            return page(session, "", refused.getMessage(), email);
        }
        return ReaderViews.seeOther("/hesap?tamam=eposta-gonderildi");
    }

    @PostMapping("/hesap/parola")
    ModelAndView changePassword(@RequestParam(name = "mevcut", defaultValue = "") String current,
                                @RequestParam(name = "yeni", defaultValue = "") String next,
                                @RequestParam(name = "tekrar", defaultValue = "") String again,
                                HttpServletRequest request, HttpServletResponse response) {
        var session = sessions.current(request).orElseThrow();
        try {
            accounts.changePassword(session, current, next, again);
        } catch (AccountRefused refused) {
            response.setStatus(refused.status().value());
            return page(session, "", refused.getMessage(), "");
        }
        return ReaderViews.seeOther("/hesap?tamam=parola");
    }

    private ModelAndView page(ReaderSessions.Session session, String notice, String error, String newEmail) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("frame", new AccountFrame(session.reader(), sessions.formToken(session)));
        model.put("notice", notice);
        model.put("error", error);
        model.put("newEmail", newEmail);
        return new ModelAndView("reader/account", model);
    }

    private static String notice(String done) {
        return switch (done) {
            case "hosgeldiniz" -> "Hesabınız açıldı, hoş geldiniz. Artık yorumlarınızı adınızı yazmadan gönderebilirsiniz.";
            case "ad" -> "Adınız kaydedildi. Bundan sonraki yorumlarınızda bu ad görünecek.";
            case "bildirim" -> "Bildirim tercihiniz kaydedildi.";
            case "eposta-gonderildi" -> "Yeni adresinize bir onay bağlantısı gönderdik. Adresiniz, bağlantıyı açtığınızda değişecek.";
            case "eposta-degisti" -> "E-posta adresiniz değişti.";
            case "parola" -> "Parolanız değiştirildi. Başka cihazlardaki oturumlarınız kapatıldı.";
            case "parola-yenilendi" -> "Yeni parolanız kaydedildi. Başka cihazlardaki oturumlarınız kapatıldı.";
            default -> "";
        };
    }
}
