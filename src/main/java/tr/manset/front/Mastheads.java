package tr.manset.front;

import java.time.Clock;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import tr.manset.category.Categories;
import tr.manset.system.SiteProperties;
import tr.manset.system.layout.Masthead;
import tr.manset.system.layout.NavLink;
import tr.manset.system.time.TurkishTime;

/** Builds the masthead and hands it to every reader page as the model attribute "masthead". */
@ControllerAdvice
class Mastheads {

    private final Categories categories;
    private final SiteProperties site;
    private final Clock clock;
    private final ResourceUrlProvider assets;

    Mastheads(Categories categories, SiteProperties site, Clock clock, ResourceUrlProvider assets) {
        this.categories = categories;
        this.site = site;
        this.clock = clock;
        this.assets = assets;
    }

    @ModelAttribute("masthead")
    Masthead masthead() {
        return new Masthead(
            site.siteName(),
            TurkishTime.longDate(clock.instant()),
            categories.all().stream().map(c -> new NavLink(c.name(), c.path())).toList(),
            asset("/assets/site.css"),
            asset("/assets/site.js"));
    }

    private String asset(String path) {
        String versioned = assets.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }
}
