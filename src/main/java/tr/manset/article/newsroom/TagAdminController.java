package tr.manset.article.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tr.manset.article.Articles;
import tr.manset.article.Tag;
import tr.manset.audit.AuditLog;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;

/** /yonetim/etiketler: rename tags and merge duplicates ("Enflasyon" and "enflasyon oranı"). */
@NewsroomController
class TagAdminController {

    private final Articles articles;
    private final AuditLog audit;

    TagAdminController(Articles articles, AuditLog audit) {
        this.articles = articles;
        this.audit = audit;
    }

    @GetMapping("/yonetim/etiketler")
    ModelAndView list(@ModelAttribute("me") StaffMember me) {
        require(me);
        return page("");
    }

    @PostMapping("/yonetim/etiketler/{id}/ad")
    ModelAndView rename(@ModelAttribute("me") StaffMember me, @PathVariable long id,
                        @RequestParam(name = "name", defaultValue = "") String name,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        require(me);
        if (name.isBlank() || name.strip().length() > 60) {
            response.setStatus(400);
            return page("Etiket adı boş olamaz ve en fazla 60 karakter olabilir.");
        }
        try {
            Tag renamed = articles.renameTag(id, name);
            audit.record(me.id(), me.email(), "tag.rename", "tag:" + id, renamed.name(), request.getRemoteAddr());
            flash.addFlashAttribute("notice", "Etiket yeniden adlandırıldı: " + renamed.name());
            return new ModelAndView("redirect:/yonetim/etiketler");
        } catch (IllegalArgumentException taken) {
            response.setStatus(409);
            return page("Bu adla bir etiket zaten var. İkisini birleştirmek için \"Birleştir\"i kullanın.");
        }
    }

    @PostMapping("/yonetim/etiketler/{id}/birlestir")
    ModelAndView merge(@ModelAttribute("me") StaffMember me, @PathVariable long id,
                       @RequestParam(name = "into") long into,
                       HttpServletRequest request, RedirectAttributes flash) {
        require(me);
        Tag kept = articles.mergeTags(id, into);
        audit.record(me.id(), me.email(), "tag.merge", "tag:" + id, "→ tag:" + into, request.getRemoteAddr());
        flash.addFlashAttribute("notice", "Etiketler birleştirildi; haberler artık \"" + kept.name() + "\" etiketini taşıyor.");
        return new ModelAndView("redirect:/yonetim/etiketler");
    }

    private ModelAndView page(String problem) {
        return new ModelAndView("taxonomy/tags", Map.of("tags", articles.tagUses(), "problem", problem));
    }

    private static void require(StaffMember me) {
        if (!me.role().managesTaxonomy()) {
            throw new AccessDeniedException(me.email() + " may not manage tags");
        }
    }
}
