package tr.manset.front;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.article.Articles;
import tr.manset.article.MostReadStories;
import tr.manset.article.Teaser;
import tr.manset.category.Categories;
import tr.manset.system.SiteProperties;
import tr.manset.system.layout.PageMeta;

/**
 * The home page: the manşet editors chose (filled up with the newest), the latest news, the most
 * read, and each category.
 */
@Controller
class HomeController {

    private static final int LEADS = 5;
    private static final int LATEST = 10;
    private static final int PER_SECTION = 4;

    private final Articles articles;
    private final Categories categories;
    private final SiteProperties site;
    private final MostReadStories mostRead;
    private final FrontStructuredData structuredData;

    HomeController(Articles articles, Categories categories, SiteProperties site, MostReadStories mostRead,
                   FrontStructuredData structuredData) {
        this.articles = articles;
        this.structuredData = structuredData;
        this.mostRead = mostRead;
        this.categories = categories;
        this.site = site;
    }

    @GetMapping("/")
    ModelAndView home() {
        List<Teaser> leads = articles.manset(LEADS);
        Set<Long> shown = new HashSet<>();
        leads.forEach(t -> shown.add(t.id()));
        List<Teaser> latest = articles.latest(LEADS + LATEST).stream()
            .filter(t -> !shown.contains(t.id())).limit(LATEST).toList();
        List<HomePage.Section> sections = categories.all().stream()
            .map(c -> new HomePage.Section(c, articles.latestIn(c, PER_SECTION + LEADS).stream()
                .filter(t -> !shown.contains(t.id())).limit(PER_SECTION).toList()))
            .filter(s -> !s.teasers().isEmpty())
            .toList();
        PageMeta meta = PageMeta.website(site.siteName() + " - Son dakika haberleri ve güncel gelişmeler",
            "Türkiye ve dünyadan son dakika haberleri, gündem, ekonomi, spor, teknoloji ve kültür-sanat haberleri.",
            site.absolute("/"));
        HomePage page = new HomePage(leads.isEmpty() ? null : leads.getFirst(),
            leads.isEmpty() ? List.of() : leads.subList(1, leads.size()), latest, mostRead.lists(), sections, meta,
            structuredData.home());
        return new ModelAndView("front/home", Map.of("page", page));
    }
}
