package tr.manset.article;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.comment.CommentSort;
import tr.manset.system.web.GoneException;
import tr.manset.system.web.NotFoundException;

/**
 * The article page. The id at the end of the address finds the story; any other category or
 * slug in front of it is answered with a permanent redirect to the canonical address.
 */
@Controller
class ArticleController {

    /** "some-headline-123" or just "123"; ids beyond 18 digits cannot exist. */
    private static final Pattern SLUG_AND_ID = Pattern.compile("(?:(.*)-)?(\\d{1,18})");

    private final Articles articles;
    private final Categories categories;
    private final ArticlePages pages;

    ArticleController(Articles articles, Categories categories, ArticlePages pages) {
        this.articles = articles;
        this.categories = categories;
        this.pages = pages;
    }

    @GetMapping("/{category:[^.]+}/{slugAndId:[^.]+}")
    ModelAndView article(@PathVariable String category, @PathVariable String slugAndId) {
        Article article = published(slugAndId);
        String canonical = canonicalPath(article);
        if (!canonical.equals("/" + category + "/" + slugAndId)) {
            return movedTo(canonical);
        }
        return new ModelAndView("article/article", Map.of("page", pages.of(article, false)));
    }

    /** TÜMÜ: all of a story's published comments, in the order the reader picks, page by page. */
    @GetMapping("/{category:[^.]+}/{slugAndId:[^.]+}/yorumlar")
    ModelAndView comments(@PathVariable String category, @PathVariable String slugAndId,
                          @RequestParam(name = "sirala", defaultValue = "") String sort,
                          @RequestParam(name = "sonra", defaultValue = "") String after) {
        Article article = published(slugAndId);
        String canonical = canonicalPath(article) + "/yorumlar";
        if (!canonical.equals("/" + category + "/" + slugAndId + "/yorumlar")) {
            return movedTo(canonical);
        }
        return new ModelAndView("article/comments",
            Map.of("page", pages.comments(article, CommentSort.parse(sort), after)));
    }

    private Article published(String slugAndId) {
        Matcher matcher = SLUG_AND_ID.matcher(slugAndId);
        if (!matcher.matches()) {
            throw new NotFoundException("no article id in " + slugAndId);
        }
        long id = Long.parseLong(matcher.group(2));
        Article article = articles.find(id).orElseThrow(() -> new NotFoundException("article " + id));
        if (article.status() == Status.UNPUBLISHED) {
            // Withdrawn: readers learn it is gone, never see the old text.
            throw new GoneException("article " + id);
        }
        if (!article.published()) {
            throw new NotFoundException("article " + id);
        }
        return article;
    }

    private String canonicalPath(Article article) {
        Category home = categories.byId(article.categoryId()).orElseThrow();
        return article.path(home.slug());
    }

    private static ModelAndView movedTo(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
