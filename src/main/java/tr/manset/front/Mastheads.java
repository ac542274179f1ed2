package tr.manset.front;

import java.time.Clock;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tr.manset.category.Categories;
import tr.manset.system.SiteProperties;
import tr.manset.system.web.Assets;
import tr.manset.system.layout.Masthead;
import tr.manset.system.layout.NavLink;
import tr.manset.system.time.TurkishTime;

/** Builds the masthead and hands it to every reader page as the model attribute "masthead". */
@ControllerAdvice
class Mastheads {

    private final Categories categories;
    private final SiteProperties site;
    private final Clock clock;
    private final Assets assets;

    Mastheads(Categories categories, SiteProperties site, Clock clock, Assets assets) {
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
            assets.url("/assets/site.css"),
            assets.url("/assets/site.js"));
    }
}
