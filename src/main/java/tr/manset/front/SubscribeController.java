package tr.manset.front;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.system.SiteProperties;
import tr.manset.system.layout.PageMeta;

/** ABONE OL: the ways to follow the site. Until newsletters arrive, these are its RSS feeds. */
@Controller
class SubscribeController {

    private final SiteProperties site;

    SubscribeController(SiteProperties site) {
        this.site = site;
    }

    @GetMapping("/abone")
    ModelAndView subscribe() {
        PageMeta meta = PageMeta.website("Abone ol - " + site.siteName(),
            site.siteName() + " haberlerini RSS ile takip edin.", site.absolute("/abone"));
        return new ModelAndView("front/subscribe", Map.of("meta", meta, "feedBase", site.baseUrl()));
    }
}
