package tr.manset.subscription;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.system.SiteProperties;
import tr.manset.system.layout.PageMeta;

/**
 * The reader's side of newsletters: the form at /abone-ol, the confirmation link, the preferences
 * page and one-click unsubscribe. None of these sets a cookie or carries a CSRF token: the form
 * page is the same for everyone, and every other page acts only on the secret in its link.
 * Cross-site posts are refused by their Origin (SameOriginPosts), except one-click unsubscribe,
 * which mail providers post from their own servers (RFC 8058).
 */
@Controller
class SubscriptionController {

    static final String NO_STORE = CacheControl.noStore().getHeaderValue();

    private final Subscriptions subscriptions;
    private final MailingLists lists;
    private final SiteProperties site;

    SubscriptionController(Subscriptions subscriptions, MailingLists lists, SiteProperties site) {
        this.subscriptions = subscriptions;
        this.lists = lists;
        this.site = site;
    }

    @GetMapping("/abone-ol")
    ModelAndView form() {
        return form("", Set.of(MailingList.DIGEST), false, "");
    }

    @PostMapping("/abone-ol")
    ModelAndView subscribe(@RequestParam(name = "eposta", defaultValue = "") String email,
                           @RequestParam(name = "liste", required = false) List<String> chosen,
                           @RequestParam(name = "onay", defaultValue = "") String consent,
                           @RequestParam(name = "web_sitesi", defaultValue = "") String trap,
                           HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", NO_STORE);
        List<String> wanted = chosen == null ? List.of() : chosen;
        boolean consented = !consent.isEmpty();
        try {
            subscriptions.request(new Subscriptions.SignUp(email, wanted, consented, trap), request.getRemoteAddr());
        } catch (SubscriptionRefused refused) {
            response.setStatus(refused.status().value());
            return form(email.strip(), new LinkedHashSet<>(wanted), consented, refused.getMessage());
        }
        // The same answer for a new, a waiting and a subscribed address.
        return notice(Notice.of("E-postanızı kontrol edin",
            "E-posta adresinize bir onay bağlantısı gönderdik. Aboneliğiniz, e-postadaki bağlantıyı açıp onayladığınızda başlar. "
                + "E-posta birkaç dakika içinde gelmezse gereksiz (spam) klasörüne bakın; bağlantı bir hafta geçerlidir.",
            new Notice.Link("/", "Ana sayfaya dön")));
    }

    /** The link in the confirmation mail: a button, since mail scanners open every link they see. */
    @GetMapping("/abonelik/onay")
    ModelAndView confirmForm(@RequestParam(name = "t", defaultValue = "") String token, HttpServletResponse response) {
        return byLink(response, () -> {
            Request request = subscriptions.check(token);
            return new ModelAndView("subscription/confirm", Map.of("token", token, "lists", lists.named(request.lists()),
                "meta", hidden("Aboneliği onayla")));
        });
    }

    @PostMapping("/abonelik/onay")
    ModelAndView confirm(@RequestParam(name = "t", defaultValue = "") String token, HttpServletResponse response) {
        return byLink(response, () -> {
            Subscriber subscriber = subscriptions.confirm(token);
            String preferences = "/abonelik/tercihler?t=" + subscriptions.linkToken(subscriber);
            return notice(new Notice("Aboneliğiniz onaylandı", List.of(
                    "Teşekkürler. Seçtiğiniz bültenler bundan sonra " + subscriber.email() + " adresine gelecek.",
                    "Listelerinizi her e-postanın altındaki bağlantıyla değiştirebilir, aboneliğinizi tek tıkla sonlandırabilirsiniz."),
                List.of(new Notice.Link(preferences, "Tercihlerim"), new Notice.Link("/", "Ana sayfaya dön"))));
        });
    }

    @GetMapping("/abonelik/tercihler")
    ModelAndView preferences(@RequestParam(name = "t", defaultValue = "") String token, HttpServletResponse response) {
        return byLink(response, () -> preferences(subscriptions.byLink(token), token, ""));
    }

    @PostMapping("/abonelik/tercihler")
    ModelAndView change(@RequestParam(name = "t", defaultValue = "") String token,
                        @RequestParam(name = "liste", required = false) List<String> chosen, HttpServletResponse response) {
        return byLink(response, () -> {
            Subscriber subscriber = subscriptions.byLink(token);
            if (!subscriber.confirmed()) {
                return preferences(subscriber, token, "");
            }
            subscriptions.change(subscriber, chosen == null ? List.of() : chosen);
            Subscriber now = subscriptions.byLink(token);
            return preferences(now, token,
                now.confirmed() ? "Tercihleriniz kaydedildi." : "Hiçbir liste seçmediğiniz için aboneliğiniz sona erdi.");
        });
    }

    /** The unsubscribe link in every mail, opened in a browser: one button, so a scanner's visit unsubscribes no one. */
    @GetMapping("/abonelik/cik")
    ModelAndView unsubscribeForm(@RequestParam(name = "t", defaultValue = "") String token, HttpServletResponse response) {
        return byLink(response, () -> {
            Subscriber subscriber = subscriptions.byLink(token);
            return new ModelAndView("subscription/unsubscribe", Map.of("token", token, "email", subscriber.email(),
                "subscribed", subscriber.confirmed(), "meta", hidden("Abonelikten çık")));
        });
    }

    /**
     * RFC 8058 one-click unsubscribe: the mail provider posts "List-Unsubscribe=One-Click" to the
     * address in the List-Unsubscribe header, without cookies and without asking again. The same
     * address takes the button of the page above.
     */
    @PostMapping("/abonelik/cik")
    ModelAndView unsubscribe(@RequestParam(name = "t", defaultValue = "") String token, HttpServletResponse response) {
        return byLink(response, () -> {
            Subscriber subscriber = subscriptions.byLink(token);
            subscriptions.unsubscribe(subscriber);
            return notice(Notice.of("Aboneliğiniz sona erdi",
                subscriber.email() + " adresine artık bülten göndermeyeceğiz; verdiğiniz onay geri çekildi olarak kaydedildi.",
                new Notice.Link("/abone-ol", "Yeniden abone ol"), new Notice.Link("/", "Ana sayfaya dön")));
        });
    }

    /**
     * A page reached through a link from a mail: never cached (the link's secret is in its
     * address), and a link that does not work gets a page that says why.
     */
    private ModelAndView byLink(HttpServletResponse response, Supplier<ModelAndView> page) {
        response.setHeader("Cache-Control", NO_STORE);
        try {
            return page.get();
        } catch (LinkRefused refused) {
            LinkProblem problem = refused.problem();
            response.setStatus(problem.status());
            return notice(Notice.of(problem.title(), problem.message(),
                new Notice.Link("/abone-ol", "Abone ol"), new Notice.Link("/", "Ana sayfaya dön")));
        }
    }

    private ModelAndView form(String email, Set<String> chosen, boolean consent, String error) {
        PageMeta meta = PageMeta.website("Abone ol - " + site.siteName(),
            site.siteName() + " bültenlerine e-postayla abone olun: Günün Özeti, Son Dakika ve kategori bildirimleri; RSS ile takip edin.",
            site.absolute("/abone-ol"));
        return new ModelAndView("subscription/subscribe", Map.of("page",
            new SubscribePage(meta, lists.all(), email, chosen, consent, error, site.baseUrl())));
    }

    private ModelAndView preferences(Subscriber subscriber, String token, String notice) {
        PreferencesPage page = new PreferencesPage(subscriber.email(), subscriber.confirmed(), lists.all(),
            new LinkedHashSet<>(subscriptions.listsOf(subscriber)), token, notice);
        return new ModelAndView("subscription/preferences", Map.of("page", page, "meta", hidden("Bülten tercihleri")));
    }

    private ModelAndView notice(Notice notice) {
        return new ModelAndView("subscription/notice", Map.of("notice", notice, "meta", hidden(notice.title())));
    }

    private PageMeta hidden(String title) {
        return new PageMeta(title + " - " + site.siteName(), "", "", "", "website", false);
    }
}
