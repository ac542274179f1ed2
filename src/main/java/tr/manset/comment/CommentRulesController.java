package tr.manset.comment;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.system.SiteProperties;
import tr.manset.system.layout.PageMeta;

/** /yorum-kurallari: the comment rules and what happens to a commenter's data. */
@Controller
class CommentRulesController {

    private final SiteProperties site;
    private final CommentProperties properties;

    CommentRulesController(SiteProperties site, CommentProperties properties) {
        this.site = site;
        this.properties = properties;
    }

    @GetMapping("/yorum-kurallari")
    ModelAndView rules() {
        PageMeta meta = PageMeta.website("Yorum Kuralları - " + site.siteName(),
            "Yorum yazarken uymanız gereken kurallar ve kişisel verilerinizin nasıl işlendiği.",
            site.absolute("/yorum-kurallari"));
        return new ModelAndView("comment/rules", Map.of("meta", meta, "maxLength", properties.maxLength()));
    }
}
