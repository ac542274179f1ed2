package tr.manset.search;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tr.manset.audit.AuditLog;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;

/** /yonetim/arama: this node's search index, and rebuilding it from the database (admins). */
@NewsroomController
class SearchAdminController {

    private final IndexFeed feed;
    private final AuditLog audit;

    SearchAdminController(IndexFeed feed, AuditLog audit) {
        this.feed = feed;
        this.audit = audit;
    }

    @GetMapping("/yonetim/arama")
    ModelAndView status(@ModelAttribute("me") StaffMember me) {
        require(me);
        return new ModelAndView("search/admin", Map.of("status", feed.status()));
    }

    @PostMapping("/yonetim/arama/yeniden-olustur")
    ModelAndView rebuild(@ModelAttribute("me") StaffMember me, HttpServletRequest request, RedirectAttributes flash) {
        require(me);
        if (feed.status().rebuilding()) {
            flash.addFlashAttribute("notice", "Dizin zaten yeniden oluşturuluyor.");
        } else {
            Thread.ofVirtual().name("search-rebuild").start(feed::rebuild);
            audit.record(me.id(), me.email(), "search.rebuild", "arama dizini", "", request.getRemoteAddr());
            flash.addFlashAttribute("notice", "Arama dizini yeniden oluşturuluyor; aramalar bu sırada eski dizinden yanıtlanır.");
        }
        return new ModelAndView("redirect:/yonetim/arama");
    }

    private static void require(StaffMember me) {
        if (!me.role().managesStaff()) {
            throw new AccessDeniedException(me.email() + " may not manage the search index");
        }
    }
}
