package tr.manset.front;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import tr.manset.article.Articles;
import tr.manset.article.Tag;
import tr.manset.article.Teaser;
import tr.manset.author.Author;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.system.SiteProperties;
import tr.manset.system.layout.FeedLink;
import tr.manset.system.layout.PageMeta;
import tr.manset.system.web.NotFoundException;
import tr.manset.system.web.Paged;

/** Category, tag and author pages: the newest stories first, twenty to a page. */
@Controller
class ListingController {

    static final int PAGE_SIZE = 20;

    private final Articles articles;
    private final Categories categories;
    private final Authors authors;
    private final SiteProperties site;
    private final FrontStructuredData structuredData;

    ListingController(Articles articles, Categories categories, Authors authors, SiteProperties site,
                      FrontStructuredData structuredData) {
        this.articles = articles;
        this.structuredData = structuredData;
        this.categories = categories;
        this.authors = authors;
        this.site = site;
    }

    @GetMapping("/{slug:[^.]+}")
    ModelAndView category(@PathVariable String slug, @RequestParam(name = "sayfa", defaultValue = "1") int page) {
        Category category = categories.bySlug(slug).orElse(null);
        if (category == null) {
            // A renamed category: its old address moves permanently to the new one.
            Category renamed = categories.formerlyAt(slug).orElseThrow(() -> new NotFoundException("category " + slug));
            RedirectView redirect = new RedirectView(renamed.path() + (page > 1 ? "?sayfa=" + page : ""));
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return new ModelAndView(redirect);
        }
        Paged<Teaser> teasers = articles.latestIn(category, checked(page), PAGE_SIZE);
        String title = category.name() + " Haberleri";
        String description = category.description().isBlank()
            ? category.name() + " alanındaki son haberler ve gelişmeler." : category.description();
        return render(new ListingPage("Kategori", title, category.description(), category.path(), category.path(), null,
            teasers, meta(title, description, category.path(), page), structuredData.category(category),
            feeds(category.name(), category.path())));
    }

    @GetMapping("/etiket/{slug:[^.]+}")
    ModelAndView tag(@PathVariable String slug, @RequestParam(name = "sayfa", defaultValue = "1") int page) {
        Tag tag = articles.tagBySlug(slug).orElseThrow(() -> new NotFoundException("tag " + slug));
        Paged<Teaser> teasers = articles.latestWith(tag, checked(page), PAGE_SIZE);
        String title = tag.name() + " Haberleri";
        String description = tag.name() + " ile ilgili son haberler ve gelişmeler.";
        return render(new ListingPage("Etiket", title, description, tag.path(), "", null, teasers,
            meta(title, description, tag.path(), page), structuredData.tag(tag), feeds(tag.name(), tag.path())));
    }

    @GetMapping("/yazar/{slug:[^.]+}")
    ModelAndView author(@PathVariable String slug, @RequestParam(name = "sayfa", defaultValue = "1") int page) {
        Author author = authors.bySlug(slug).orElseThrow(() -> new NotFoundException("author " + slug));
        Paged<Teaser> teasers = articles.latestBy(author.id(), checked(page), PAGE_SIZE);
        String title = author.name();
        String description = author.bio().isBlank() ? author.name() + " imzalı haberler." : author.bio();
        String heading = author.title().isEmpty() ? author.name() : author.name() + " - " + author.title();
        PageMeta meta = meta(heading + " haberleri", description, author.path(), page);
        return render(new ListingPage(author.title(), title, author.bio(), author.path(), "", author, teasers,
            meta, structuredData.profile(author, meta.canonical()), feeds(author.name(), author.path())));
    }

    private ModelAndView render(ListingPage page) {
        // Past the last page there is nothing to show: readers and crawlers get a 404.
        if (page.teasers().page() > page.teasers().totalPages()) {
            throw new NotFoundException("page " + page.teasers().page() + " of " + page.base());
        }
        return new ModelAndView("front/listing", Map.of("page", page));
    }

    private PageMeta meta(String title, String description, String path, int page) {
        String pageSuffix = page > 1 ? " - Sayfa " + page : "";
        String canonical = site.absolute(page > 1 ? path + "?sayfa=" + page : path);
        return PageMeta.website(title + pageSuffix + " - " + site.siteName(), description, canonical);
    }

    /** The listing's own feeds, offered next to the site's in the page head and as links on the page. */
    private List<FeedLink> feeds(String name, String path) {
        return FeedLink.both(site.siteName() + " - " + name, path);
    }

    private static int checked(int page) {
        if (page < 1) {
            throw new NotFoundException("page " + page);
        }
        return page;
    }
}
