package tr.manset.author;

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
import tr.manset.audit.AuditLog;
import tr.manset.media.Image;
import tr.manset.media.Images;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;
import tr.manset.system.text.TurkishText;
import tr.manset.system.web.NotFoundException;

/** /yonetim/yazarlar: the people in bylines, with title, bio and photo. */
@NewsroomController
class AuthorAdminController {

    private final Authors authors;
    private final Images images;
    private final AuditLog audit;

    AuthorAdminController(Authors authors, Images images, AuditLog audit) {
        this.authors = authors;
        this.images = images;
        this.audit = audit;
    }

    @GetMapping("/yonetim/yazarlar")
    ModelAndView list(@ModelAttribute("me") StaffMember me) {
        require(me);
        return page("");
    }

    @PostMapping("/yonetim/yazarlar")
    ModelAndView create(@ModelAttribute("me") StaffMember me, @RequestParam(name = "name", defaultValue = "") String name,
                        @RequestParam(name = "title", defaultValue = "") String title,
                        @RequestParam(name = "bio", defaultValue = "") String bio,
                        @RequestParam(name = "photoId", required = false) Long photoId,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        require(me);
        String problem = problem(name, title, bio, photoId);
        if (problem.isEmpty() && authors.bySlug(TurkishText.slug(name)).isPresent()) {
            problem = "Bu adla bir yazar zaten var.";
        }
        if (!problem.isEmpty()) {
            response.setStatus(400);
            return page(problem);
        }
        Author created = authors.create(name.strip(), title.strip(), bio.strip(), photo(photoId));
        audit.record(me.id(), me.email(), "author.create", "author:" + created.id(), created.name(), request.getRemoteAddr());
        flash.addFlashAttribute("notice", "Yazar eklendi: " + created.name());
        return new ModelAndView("redirect:/yonetim/yazarlar");
    }

    @PostMapping("/yonetim/yazarlar/{id}")
    ModelAndView update(@ModelAttribute("me") StaffMember me, @PathVariable long id,
                        @RequestParam(name = "name", defaultValue = "") String name,
                        @RequestParam(name = "title", defaultValue = "") String title,
                        @RequestParam(name = "bio", defaultValue = "") String bio,
                        @RequestParam(name = "photoId", required = false) Long photoId,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        require(me);
        authors.byId(id).orElseThrow(() -> new NotFoundException("author " + id));
        String problem = problem(name, title, bio, photoId);
        if (!problem.isEmpty()) {
            response.setStatus(400);
            return page(problem);
        }
        Author updated = authors.update(id, name, title, bio, photo(photoId));
        audit.record(me.id(), me.email(), "author.edit", "author:" + id, updated.name(), request.getRemoteAddr());
        flash.addFlashAttribute("notice", "Yazar kaydedildi: " + updated.name());
        return new ModelAndView("redirect:/yonetim/yazarlar");
    }

    private String problem(String name, String title, String bio, Long photoId) {
        if (name.isBlank() || name.strip().length() > 80) {
            return "Yazar adı boş olamaz ve en fazla 80 karakter olabilir.";
        }
        if (title.strip().length() > 60 || bio.strip().length() > 2000) {
            return "Unvan en fazla 60, biyografi en fazla 2000 karakter olabilir.";
        }
        if (photoId != null && images.byId(photoId).isEmpty()) {
            return "Bu numarada bir görsel yok.";
        }
        return "";
    }

    private Image photo(Long photoId) {
        return photoId == null ? null : images.byId(photoId).orElse(null);
    }

    private ModelAndView page(String problem) {
        return new ModelAndView("taxonomy/authors", Map.of("authors", authors.all(), "problem", problem));
    }

    private static void require(StaffMember me) {
        if (!me.role().managesTaxonomy()) {
            throw new AccessDeniedException(me.email() + " may not manage authors");
        }
    }
}
