package tr.manset.reader;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.reader.ReaderStore.Purpose;

/**
 * The account pages of readers who are not signed in: sign up, confirm by mailed link, sign in,
 * sign out, forgotten password. Their forms carry no token and set no cookie (until a sign-in
 * succeeds): the site's same-origin check for every POST protects them.
 */
@Controller
class AccountController {

    private final Accounts accounts;
    private final ReaderSessions sessions;
    private final ReaderProperties properties;

    AccountController(Accounts accounts, ReaderSessions sessions, ReaderProperties properties) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.properties = properties;
    }

    // Signing up.

    @GetMapping("/kayit")
    ModelAndView signUpForm(HttpServletRequest request) {
        if (sessions.current(request).isPresent()) {
            return ReaderViews.seeOther("/hesap");
        }
        return signUpPage("", "", "");
    }

    @PostMapping("/kayit")
    ModelAndView signUp(@RequestParam(name = "eposta", defaultValue = "") String email,
                        @RequestParam(name = "ad", defaultValue = "") String name,
                        @RequestParam(name = "parola", defaultValue = "") String password,
                        HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.signUp(email, name, password, request.getRemoteAddr());
        } catch (AccountRefused refused) {
            response.setStatus(refused.status().value());
            return signUpPage(email, name, refused.getMessage());
        }
        return ReaderViews.seeOther("/kayit/gonderildi");
    }

    /** The same page for a new address and for one with an account: nobody learns which it was. */
    @GetMapping("/kayit/gonderildi")
    ModelAndView signUpSent() {
        return ReaderViews.message("E-postanızı kontrol edin",
            "Yazdığınız adrese bir e-posta gönderdik. Devam etmek için içindeki bağlantıyı açın. Birkaç dakika içinde "
                + "gelmezse istenmeyen e-postalar klasörüne bakın.", "", "");
    }

    @GetMapping("/e-posta-dogrula")
    ModelAndView confirmSignUpPage(@RequestParam(name = "t", defaultValue = "") String token, HttpServletResponse response) {
        try {
            accounts.check(token, Purpose.SIGN_UP);
        } catch (AccountRefused refused) {
            return ReaderViews.problem(refused, response);
        }
        return confirmPage("E-posta adresinizi doğrulayın", "Hesabınızı açmak için aşağıdaki düğmeye basın.", "/e-posta-dogrula",
            token, "Adresimi doğrula ve hesabımı aç");
    }

    @PostMapping("/e-posta-dogrula")
    ModelAndView confirmSignUp(@RequestParam(name = "t", defaultValue = "") String token,
                               HttpServletRequest request, HttpServletResponse response) {
        long id;
        try {
            id = accounts.confirmSignUp(token);
        } catch (AccountRefused refused) {
            return ReaderViews.problem(refused, response);
        }
        sessions.start(id, request, response);
        return ReaderViews.seeOther("/hesap?tamam=hosgeldiniz");
    }

    // Signing in and out.

    @GetMapping("/giris")
    ModelAndView signInForm(@RequestParam(name = "devam", defaultValue = "") String next,
                            @RequestParam(name = "cikis", required = false) String signedOut, HttpServletRequest request) {
        if (sessions.current(request).isPresent()) {
            return ReaderViews.seeOther(ReaderViews.localPath(next, "/hesap"));
        }
        return signInPage("", next, "", signedOut != null ? "Oturumunuz kapatıldı." : "");
    }

    @PostMapping("/giris")
    ModelAndView signIn(@RequestParam(name = "eposta", defaultValue = "") String email,
                        @RequestParam(name = "parola", defaultValue = "") String password,
                        @RequestParam(name = "devam", defaultValue = "") String next,
                        HttpServletRequest request, HttpServletResponse response) {
        Reader reader;
        try {
            reader = accounts.signIn(email, password, request.getRemoteAddr());
        } catch (AccountRefused refused) {
            response.setStatus(refused.status().value());
            return signInPage(email, next, refused.getMessage(), "");
        }
        sessions.start(reader.id(), request, response);
        return ReaderViews.seeOther(ReaderViews.localPath(next, "/hesap"));
    }

    /** Signing out ends the session on the server too; a form token is checked when there is a session to end. */
    @PostMapping("/cikis")
    ModelAndView signOut(HttpServletRequest request, HttpServletResponse response) {
        if (sessions.hasCookie(request)) {
            sessions.end(request, response);
        }
        return ReaderViews.seeOther("/giris?cikis");
    }

    // A forgotten password.

    @GetMapping("/sifremi-unuttum")
    ModelAndView forgotForm() {
        return forgotPage("", "");
    }

    @PostMapping("/sifremi-unuttum")
    ModelAndView forgot(@RequestParam(name = "eposta", defaultValue = "") String email,
                        HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.requestReset(email, request.getRemoteAddr());
        } catch (AccountRefused refused) {
            response.setStatus(refused.status().value());
            return forgotPage(email, refused.getMessage());
        }
        return ReaderViews.seeOther("/sifremi-unuttum/gonderildi");
    }

    @GetMapping("/sifremi-unuttum/gonderildi")
    ModelAndView forgotSent() {
        return ReaderViews.message("E-postanızı kontrol edin",
            "Yazdığınız adresle açılmış bir hesap varsa, parolanızı sıfırlamanız için o adrese bir bağlantı gönderdik. "
                + "Bağlantı " + ReaderMail.lasting(properties.resetLinkLifetime()) + " geçerlidir. Birkaç dakika içinde "
                + "gelmezse istenmeyen e-postalar klasörüne bakın.",
            "Giriş sayfasına dön", "/giris");
    }

    @GetMapping("/sifre-sifirla")
    ModelAndView resetForm(@RequestParam(name = "t", defaultValue = "") String token, HttpServletResponse response) {
        try {
            accounts.check(token, Purpose.RESET);
        } catch (AccountRefused refused) {
            return ReaderViews.problem(refused, response);
        }
        return resetPage(token, "");
    }

    @PostMapping("/sifre-sifirla")
    ModelAndView reset(@RequestParam(name = "t", defaultValue = "") String token,
                       @RequestParam(name = "yeni", defaultValue = "") String password,
                       @RequestParam(name = "tekrar", defaultValue = "") String again,
                       HttpServletRequest request, HttpServletResponse response) {
        long id;
        try {
            accounts.check(token, Purpose.RESET);
        } catch (AccountRefused refused) {
            return ReaderViews.problem(refused, response);
        }
        try {
            id = accounts.reset(token, password, again);
        } catch (AccountRefused refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST) {
                return ReaderViews.problem(refused, response);
            }
            response.setStatus(refused.status().value());
            return resetPage(token, refused.getMessage());
        }
        sessions.start(id, request, response);
        return ReaderViews.seeOther("/hesap?tamam=parola-yenilendi");
    }

    // A new address, confirmed from that address.

    @GetMapping("/e-posta-degistir")
    ModelAndView confirmEmailPage(@RequestParam(name = "t", defaultValue = "") String token, HttpServletResponse response) {
        try {
            accounts.check(token, Purpose.EMAIL_CHANGE);
        } catch (AccountRefused refused) {
            return ReaderViews.problem(refused, response);
        }
        return confirmPage("Yeni e-posta adresinizi onaylayın",
            "Hesabınızın e-posta adresi, aşağıdaki düğmeye bastığınızda bu adresle değişecek.", "/e-posta-degistir", token,
            "Yeni adresimi onayla");
    }

    @PostMapping("/e-posta-degistir")
    ModelAndView confirmEmail(@RequestParam(name = "t", defaultValue = "") String token,
                              HttpServletRequest request, HttpServletResponse response) {
        long id;
        try {
            id = accounts.confirmEmailChange(token);
        } catch (AccountRefused refused) {
            return ReaderViews.problem(refused, response);
        }
        if (sessions.current(request).filter(session -> session.reader().id() == id).isPresent()) {
            return ReaderViews.seeOther("/hesap?tamam=eposta-degisti");
        }
        return ReaderViews.message("E-posta adresiniz değişti",
            "Hesabınızın e-posta adresi değişti. Bundan sonra yeni adresinizle giriş yapabilirsiniz.", "Giriş yap", "/giris");
    }

    private static ModelAndView signUpPage(String email, String name, String error) {
        return new ModelAndView("reader/signup", Map.of("email", email, "name", name, "error", error));
    }

    private static ModelAndView signInPage(String email, String next, String error, String notice) {
        return new ModelAndView("reader/signin", Map.of("email", email, "next", ReaderViews.localPath(next, ""), "error", error,
            "notice", notice));
    }

    private static ModelAndView forgotPage(String email, String error) {
        return new ModelAndView("reader/forgot", Map.of("email", email, "error", error));
    }

    private static ModelAndView resetPage(String token, String error) {
        return new ModelAndView("reader/reset", Map.of("token", token, "error", error));
    }

    private static ModelAndView confirmPage(String title, String text, String action, String token, String button) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("text", text);
        model.put("action", action);
        model.put("token", token);
        model.put("button", button);
        return new ModelAndView("reader/confirm", model);
    }
}
