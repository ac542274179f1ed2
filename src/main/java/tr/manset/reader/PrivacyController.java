package tr.manset.reader;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** /hesap/verilerim: the reader's KVKK rights, done at once: download their data, withdraw consent, delete the account. */
@Controller
class PrivacyController {

    private final PersonalDataRequests requests;
    private final ReaderSessions sessions;

    PrivacyController(PersonalDataRequests requests, ReaderSessions sessions) {
        this.requests = requests;
        this.sessions = sessions;
    }

    @GetMapping("/hesap/verilerim")
    ModelAndView page(HttpServletRequest request) {
        var session = sessions.current(request);
        if (session.isEmpty()) {
            return ReaderViews.seeOther(ReaderWeb.signInPath("/hesap/verilerim"));
        }
        return page(session.get(), "", "");
    }

    @PostMapping("/hesap/verilerim/indir")
    ResponseEntity<Map<String, Object>> download(HttpServletRequest request) {
        var session = sessions.current(request).orElseThrow();
        return ResponseEntity.ok()
            .cacheControl(CacheControl.noStore())
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("verilerim.json").build().toString())
            .body(requests.export(session.reader()));
    }

    /** Answers with the page itself, saying what stopped; sending it again changes nothing more. */
    @PostMapping("/hesap/riza-geri-al")
    ModelAndView withdraw(HttpServletRequest request) {
        var session = sessions.current(request).orElseThrow();
        String stopped = requests.withdrawConsent(session.reader());
        return page(session, "Açık rızanızı geri aldınız. " + stopped + " Talebiniz kayda geçti.", "");
    }

    @PostMapping("/hesap/sil")
    ModelAndView delete(@RequestParam(name = "parola", defaultValue = "") String password,
                        @RequestParam(name = "yorumlar", defaultValue = "") String comments,
                        HttpServletRequest request, HttpServletResponse response) {
        var session = sessions.current(request).orElseThrow();
        if (!comments.equals("anonim") && !comments.equals("sil")) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(session, "", "Lütfen yorumlarınıza ne olacağını seçin: anonim olarak kalsınlar ya da silinsinler.");
        }
        try {
            requests.erase(session.reader(), password, comments.equals("anonim"));
        } catch (AccountRefused refused) {
            response.setStatus(refused.status().value());
            return page(session, "", refused.getMessage());
        }
        sessions.forget(request, response);
        return ReaderViews.seeOther("/hesap-silindi");
    }

    @GetMapping("/hesap-silindi")
    ModelAndView deleted() {
        ModelAndView view = ReaderViews.message("Hesabınız silindi",
            "Hesabınız ve ona bağlı veriler silindi; bütün oturumlarınız kapandı. Talebiniz KVKK kayıtlarımıza işlendi.",
            "Ana sayfaya dön", "/");
        view.addObject("signedOut", true);
        return view;
    }

    private ModelAndView page(ReaderSessions.Session session, String notice, String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("frame", new AccountFrame(session.reader(), sessions.formToken(session)));
        model.put("notice", notice);
        model.put("error", error);
        return new ModelAndView("reader/privacy", model);
    }
}
