package tr.manset.article.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.article.Articles;
import tr.manset.article.DeskQuery;
import tr.manset.article.Status;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;

/** /yonetim/haberler: every story, filtered by status, category, author and headline text. */
@NewsroomController
class StoryListController {

    private final Articles articles;
    private final Categories categories;
    private final Authors authors;

    StoryListController(Articles articles, Categories categories, Authors authors) {
        this.articles = articles;
        this.categories = categories;
        this.authors = authors;
    }

    @GetMapping("/yonetim/haberler")
    ModelAndView list(@ModelAttribute("me") StaffMember me,
                      @RequestParam(name = "durum", required = false) Status status,
                      @RequestParam(name = "kategori", required = false) Long categoryId,
                      @RequestParam(name = "yazar", required = false) Long authorId,
                      @RequestParam(name = "ara", required = false) String text,
                      @RequestParam(name = "sirala", required = false) String sort,
                      @RequestParam(name = "sayfa", defaultValue = "1") int page,
                      HttpServletRequest request) {
        if (!me.role().writesStories()) {
            throw new org.springframework.security.access.AccessDeniedException("moderators have no story list");
        }
        DeskQuery query = new DeskQuery(status, categoryId, authorId, null, text, sort, page, 30);
        String queryString = request.getQueryString() == null ? "" : request.getQueryString().replaceAll("&?sayfa=\\d*", "");
        return new ModelAndView("newsroom/stories", Map.of("page",
            new StoriesPage(query, articles.forDesk(query), categories.all(), authors.all(), List.of(Status.values()), queryString)));
    }
}
