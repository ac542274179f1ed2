package tr.manset.article.newsroom;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.article.Articles;
import tr.manset.article.DeskQuery;
import tr.manset.article.Status;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;

/** /yonetim: my drafts, what waits for review, what is scheduled and what was just published. */
@NewsroomController
class DashboardController {

    private final Articles articles;

    DashboardController(Articles articles) {
        this.articles = articles;
    }

    @GetMapping("/yonetim")
    ModelAndView dashboard(@ModelAttribute("me") StaffMember me) {
        // A Muhabir sees their own stories in review; publishers see everything waiting for them.
        Long reviewOf = me.role().publishes() ? null : me.id();
        DashboardPage page = new DashboardPage(
            articles.forDesk(DeskQuery.of(Status.DRAFT, me.id(), 10)).items(),
            articles.forDesk(DeskQuery.of(Status.IN_REVIEW, reviewOf, 20)).items(),
            articles.forDesk(DeskQuery.of(Status.SCHEDULED, null, 20)).items(),
            articles.forDesk(new DeskQuery(Status.PUBLISHED, null, null, null, null, "published", 1, 10)).items());
        return new ModelAndView("newsroom/dashboard", Map.of("page", page));
    }
}
