package tr.manset.category;

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
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;
import tr.manset.system.text.TurkishText;

/** /yonetim/kategoriler: the site's sections, their order and descriptions, for admins and the editor-in-chief. */
@NewsroomController
class CategoryAdminController {

    private final Categories categories;
    private final AuditLog audit;

    CategoryAdminController(Categories categories, AuditLog audit) {
        this.categories = categories;
        this.audit = audit;
    }

    @GetMapping("/yonetim/kategoriler")
    ModelAndView list(@ModelAttribute("me") StaffMember me) {
        require(me);
        return page("");
    }

    @PostMapping("/yonetim/kategoriler")
    ModelAndView create(@ModelAttribute("me") StaffMember me, @RequestParam(name = "name", defaultValue = "") String name,
                        @RequestParam(name = "description", defaultValue = "") String description,
                        @RequestParam(name = "position", defaultValue = "0") int position,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        require(me);
        String problem = problem(name, TurkishText.slug(name), -1);
        if (!problem.isEmpty()) {
            response.setStatus(400);
            return page(problem);
        }
        Category created = categories.create(name.strip(), description.strip(), position);
        audit.record(me.id(), me.email(), "category.create", "category:" + created.id(), created.name(), request.getRemoteAddr());
        flash.addFlashAttribute("notice", "Kategori eklendi: " + created.name());
        return new ModelAndView("redirect:/yonetim/kategoriler");
    }

    @PostMapping("/yonetim/kategoriler/{id}")
    ModelAndView update(@ModelAttribute("me") StaffMember me, @PathVariable long id,
                        @RequestParam(name = "name", defaultValue = "") String name,
                        @RequestParam(name = "slug", defaultValue = "") String slug,
                        @RequestParam(name = "description", defaultValue = "") String description,
                        @RequestParam(name = "position", defaultValue = "0") int position,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        require(me);
        Category before = categories.byId(id).orElseThrow(() -> new tr.manset.system.web.NotFoundException("category " + id));
        String problem = problem(name, TurkishText.slug(slug.isBlank() ? name : slug), id);
        if (!problem.isEmpty()) {
            response.setStatus(400);
            return page(problem);
        }
        Category after = categories.update(id, name, slug, description, position);
        audit.record(me.id(), me.email(), "category.edit", "category:" + id,
            before.slug().equals(after.slug()) ? after.name() : before.slug() + " → " + after.slug(), request.getRemoteAddr());
        flash.addFlashAttribute("notice", before.slug().equals(after.slug()) ? "Kategori kaydedildi."
            : "Kategori kaydedildi. Eski adres /" + before.slug() + " yeni adrese yönlendiriliyor.");
        return new ModelAndView("redirect:/yonetim/kategoriler");
    }

    private String problem(String name, String slug, long id) {
        if (name.isBlank() || name.strip().length() > 60) {
            return "Kategori adı boş olamaz ve en fazla 60 karakter olabilir.";
        }
        if (slug.isEmpty() || RESERVED.contains(slug)) {
            return "Bu adres kullanılamaz; başka bir ad ya da adres seçin.";
        }
        if (categories.bySlug(slug).filter(c -> c.id() != id).isPresent()) {
            return "Bu adresi başka bir kategori kullanıyor: /" + slug;
        }
        return "";
    }

    /** First path segments the site uses itself: a category there would never be reached. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("yonetim", "yazar", "etiket", "abone", "medya", "assets",
        "actuator", "error", "api", "arama", "rss", "yorum", "yorum-kurallari", "okunma",
        // the site pages (package pages)
        "kunye", "iletisim", "yayin-ilkeleri", "kvkk-aydinlatma-metni", "cerez-politikasi");

    private ModelAndView page(String problem) {
        return new ModelAndView("taxonomy/categories", Map.of("categories", categories.all(), "problem", problem));
    }

    private static void require(StaffMember me) {
        if (!me.role().managesTaxonomy()) {
            throw new AccessDeniedException(me.email() + " may not manage categories");
        }
    }
}
