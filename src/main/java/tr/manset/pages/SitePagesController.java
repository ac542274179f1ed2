package tr.manset.pages;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.system.SiteProperties;
import tr.manset.system.layout.PageMeta;

/**
 * The imprint, contact, editorial policy, KVKK notice and cookie policy pages readers reach from
 * every page's footer. Like every reader page they are the same for everyone and set no cookie.
 */
@Controller
class SitePagesController {

    private final SitePages pages;
    private final SiteCookies cookies;
    private final SiteProperties site;

    SitePagesController(SitePages pages, SiteCookies cookies, SiteProperties site) {
        this.pages = pages;
        this.cookies = cookies;
        this.site = site;
    }

    @GetMapping("/kunye")
    ModelAndView imprint() {
        return new ModelAndView("pages/imprint", Map.of("imprint", pages.imprint(), "meta", meta("Künye",
            "Yayının sahibi, sorumlu yazı işleri müdürü, yönetim yeri, iletişim ve elektronik tebligat adresi ile yer sağlayıcısı.",
            "/kunye")));
    }

    @GetMapping("/iletisim")
    ModelAndView contact() {
        Imprint imprint = pages.imprint();
        return new ModelAndView("pages/contact", Map.of("imprint", imprint, "text", Markup.parse(imprint.contactText()),
            "meta", meta("İletişim", "Haber ihbarı, düzeltme talebi ve her türlü görüşünüz için bize ulaşın.", "/iletisim")));
    }

    @GetMapping("/yayin-ilkeleri")
    ModelAndView editorialPolicy() {
        return text(TextPage.EDITORIAL_POLICY);
    }

    @GetMapping("/kvkk-aydinlatma-metni")
    ModelAndView privacyNotice() {
        return text(TextPage.PRIVACY_NOTICE);
    }

    @GetMapping("/cerez-politikasi")
    ModelAndView cookiePolicy() {
        return text(TextPage.COOKIE_POLICY);
    }

    private ModelAndView text(TextPage page) {
        return new ModelAndView("pages/text", Map.of("text", pages.text(page), "imprint", pages.imprint(),
            "cookies", cookies.entries(), "meta", meta(page.title(), page.description(), page.path())));
    }

    private PageMeta meta(String title, String description, String path) {
        return PageMeta.website(title + " - " + site.siteName(), description, site.absolute(path));
    }
}
