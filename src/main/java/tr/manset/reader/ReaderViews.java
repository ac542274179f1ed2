package tr.manset.reader;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Answers shared by the account pages. */
final class ReaderViews {

    private ReaderViews() {}

    /** After a POST the browser GETs the answer (303), so reloading never sends the form again. */
    static ModelAndView seeOther(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    /** A page with one message, e.g. "check your mail". */
    static ModelAndView message(String title, String message, String linkLabel, String link) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("message", message);
        model.put("linkLabel", linkLabel);
        model.put("link", link);
        return new ModelAndView("reader/message", model);
    }

    /** What was refused, with its status and a way on. */
    static ModelAndView problem(AccountRefused refused, HttpServletResponse response) {
        response.setStatus(refused.status().value());
        String title = switch (refused.status()) {
            case GONE -> "Bağlantının süresi dolmuş";
            case CONFLICT -> "Bu adres kullanımda";
            case TOO_MANY_REQUESTS -> "Biraz bekleyin";
            case FORBIDDEN -> "İşlem yapılamadı";
            default -> "Bağlantı geçersiz";
        };
        return message(title, refused.getMessage(), "Giriş sayfasına git", "/giris");
    }

    /** Only a path on this site: never another site, so a link cannot send a reader away after signing in. */
    static String localPath(String value, String fallback) {
        if (value == null || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")
                || value.chars().anyMatch(c -> c < 0x21 || c == '\\')) {
            return fallback;
        }
        return value;
    }
}
