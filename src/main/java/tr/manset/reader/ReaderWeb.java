package tr.manset.reader;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The account pages are per reader: never cached anywhere. Their forms for signed-in readers
 * (under /hesap and /cikis) must carry the token derived from the reader's session; together with
 * the site's same-origin check for every POST this keeps other sites from sending them.
 */
@Configuration(proxyBeanMethods = false)
class ReaderWeb implements WebMvcConfigurer {

    static final String[] PAGES = {"/kayit", "/kayit/**", "/giris", "/cikis", "/sifremi-unuttum", "/sifremi-unuttum/**",
        "/sifre-sifirla", "/e-posta-dogrula", "/e-posta-degistir", "/hesap", "/hesap/**", "/hesap-silindi"};

    private final ReaderSessions sessions;

    ReaderWeb(ReaderSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // After the site-wide interceptor that marks reader pages cacheable, so this one decides.
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
                return true;
            }
        }).addPathPatterns(PAGES).order(Ordered.LOWEST_PRECEDENCE);
        registry.addInterceptor(new SignedInForms()).addPathPatterns("/hesap/**", "/cikis").order(Ordered.LOWEST_PRECEDENCE);
    }

    /** Checks the form token of every POST a signed-in reader makes; signing out needs no session. */
    final class SignedInForms implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
            if (!"POST".equals(request.getMethod())) {
                return true;
            }
            var session = sessions.current(request);
            if (session.isEmpty()) {
                if (request.getRequestURI().equals("/cikis")) {
                    return true;
                }
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader("Location", signInPath("/hesap"));
                return false;
            }
            if (!sessions.formTokenFits(session.get(), request.getParameter(AccountFrame.FIELD))) {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write(("Bu form geçersiz ya da başka bir siteden gönderilmiş; hiçbir şey değişmedi. "
                    + "Lütfen sayfayı yenileyip yeniden deneyin.").getBytes(StandardCharsets.UTF_8));
                return false;
            }
            return true;
        }
    }

    /** Where a reader who is not signed in goes to sign in and come back. */
    static String signInPath(String back) {
        return "/giris?devam=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
