package tr.manset.article.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tr.manset.article.Article;
import tr.manset.article.ArticlePages;
import tr.manset.article.Articles;
import tr.manset.article.Content;
import tr.manset.article.MissingRevisionException;
import tr.manset.article.NewsDesk;
import tr.manset.article.PublishedStoryException;
import tr.manset.article.Revision;
import tr.manset.article.RevisionDiff;
import tr.manset.article.StaleVersionException;
import tr.manset.article.Status;
import tr.manset.author.Author;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.media.Images;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;
import tr.manset.system.time.TurkishTime;
import tr.manset.system.web.NotFoundException;

/** Writing a story and moving it through the workflow, one form post per action. */
@NewsroomController
class StoryEditorController {

    /** A workflow step as the newsroom's forms name it, and what the editor is told after it. */
    record Step(Action action, String notice) {}

    @FunctionalInterface
    interface Action {
        Article apply(NewsDesk desk, long id, StaffMember me, String address);
    }

    static final Map<String, Step> STEPS = Map.of(
        "gonder", new Step(NewsDesk::submit, "Haber incelemeye gönderildi."),
        "geri-gonder", new Step(NewsDesk::returnToDraft, "Haber taslağa geri gönderildi."),
        "yayimla", new Step(NewsDesk::publish, "Haber yayımlandı."),
        "yayindan-kaldir", new Step(NewsDesk::unpublish, "Haber yayından kaldırıldı; adresi artık okurlara \"yayından kaldırıldı\" diyor."),
        "guncelle", new Step(NewsDesk::markUpdated, "Güncelleme işaretlendi: okurlar haberde GÜNCELLEME zamanını görecek."));

    private final NewsDesk desk;
    private final Articles articles;
    private final ArticlePages pages;
    private final Categories categories;
    private final Authors authors;
    private final Images images;

    StoryEditorController(NewsDesk desk, Articles articles, ArticlePages pages, Categories categories, Authors authors,
                          Images images) {
        this.desk = desk;
        this.articles = articles;
        this.pages = pages;
        this.categories = categories;
        this.authors = authors;
        this.images = images;
    }

    @GetMapping("/yonetim/haberler/yeni")
    ModelAndView blank(@ModelAttribute("me") StaffMember me) {
        if (!me.role().writesStories()) {
            throw new AccessDeniedException("moderators do not write stories");
        }
        return editor(StoryForm.empty(), Map.of(), null, me, null);
    }

    @PostMapping("/yonetim/haberler")
    ModelAndView create(@ModelAttribute("me") StaffMember me, @ModelAttribute("form") StoryForm form, BindingResult binding,
                        HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        Map<String, String> problems = problems(form, binding);
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return editor(form, problems, null, me, null);
        }
        Article created = desk.create(content(form), me, request.getRemoteAddr());
        flash.addFlashAttribute("notice", "Haber taslak olarak kaydedildi.");
        return redirect(created.id());
    }

    @GetMapping("/yonetim/haberler/{id}")
    ModelAndView edit(@ModelAttribute("me") StaffMember me, @PathVariable long id) {
        Article story = desk.findForViewing(id, me);
        return editor(StoryForm.of(story), Map.of(), story, me, null);
    }

    @PostMapping("/yonetim/haberler/{id}")
    ModelAndView save(@ModelAttribute("me") StaffMember me, @PathVariable long id, @ModelAttribute("form") StoryForm form,
                      BindingResult binding, HttpServletRequest request, HttpServletResponse response,
                      RedirectAttributes flash) {
        Article story = desk.findForEditing(id, me);
        Map<String, String> problems = problems(form, binding);
        if (form.version() == null) {
            problems.put("version", "Form eksik gönderildi; sayfayı yenileyip yeniden deneyin.");
        }
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return editor(form, problems, story, me, null);
        }
        try {
            desk.save(id, form.version(), content(form), me, request.getRemoteAddr());
        } catch (StaleVersionException stale) {
            // Someone saved in between: show both versions, keep what this person wrote in the form.
            response.setStatus(409);
            return editor(form, Map.of("version", "Bu haberi siz düzenlerken başka biri kaydetti. Aşağıda iki sürümü de görüyorsunuz: "
                + "kendi metninizi gözden geçirip yeniden kaydedin; hiçbir şey kaybolmadı."), stale.current(), me, stale.current());
        }
        flash.addFlashAttribute("notice", "Değişiklikler kaydedildi.");
        return redirect(id);
    }

    /** One form post per workflow step; the step's name is the last part of the address. */
    @PostMapping("/yonetim/haberler/{id}/{step:gonder|geri-gonder|yayimla|yayindan-kaldir|guncelle}")
    ModelAndView step(@ModelAttribute("me") StaffMember me, @PathVariable long id, @PathVariable String step,
                      HttpServletRequest request, RedirectAttributes flash) {
        Step chosen = STEPS.get(step);
        if (attempt(() -> chosen.action().apply(desk, id, me, request.getRemoteAddr()), id, flash)) {
            flash.addFlashAttribute("notice", chosen.notice());
        }
        return redirect(id);
    }

    @PostMapping("/yonetim/haberler/{id}/zamanla")
    ModelAndView schedule(@ModelAttribute("me") StaffMember me, @PathVariable long id, @RequestParam(name = "zaman", defaultValue = "") String when,
                          HttpServletRequest request, RedirectAttributes flash) {
        Instant at;
        try {
            at = LocalDateTime.parse(when).atZone(TurkishTime.ISTANBUL).toInstant();
        } catch (DateTimeException e) {
            flash.addFlashAttribute("error", "Zamanlamak için bir tarih ve saat seçin.");
            return redirect(id);
        }
        Instant scheduledAt = at;
        if (!attempt(() -> desk.schedule(id, scheduledAt, me, request.getRemoteAddr()), id, flash)) {
            return redirect(id);
        }
        flash.addFlashAttribute("notice", "Haber zamanlandı: " + TurkishTime.dateTime(at) + " (TSİ) itibarıyla yayımlanacak.");
        return redirect(id);
    }

    @GetMapping("/yonetim/haberler/{id}/onizleme")
    ModelAndView preview(@ModelAttribute("me") StaffMember me, @PathVariable long id) {
        return new ModelAndView("article/article", Map.of("page", pages.of(desk.findForViewing(id, me), true)));
    }

    /**
     * Saves the form while its writer types (autosave.js) and answers JSON. Every refusal changes
     * nothing: 400 with the problems, 409 when someone saved in between, 403 when not allowed.
     */
    @PostMapping("/yonetim/haberler/{id}/otomatik-kayit")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@ModelAttribute("me") StaffMember me, @PathVariable long id,
                                                 @ModelAttribute("form") StoryForm form, BindingResult binding,
                                                 HttpServletRequest request) {
        try {
            desk.findForEditing(id, me);
            Map<String, String> problems = problems(form, binding);
            if (form.version() == null) {
                problems.put("version", "Form eksik gönderildi; sayfayı yenileyip yeniden deneyin.");
            }
            if (!problems.isEmpty()) {
                return ResponseEntity.badRequest().body(Map.of("code", "invalid", "problems", problems));
            }
            Article saved = desk.autosave(id, form.version(), content(form), me, request.getRemoteAddr());
            return ResponseEntity.ok(Map.of("version", saved.version(), "saved", TurkishTime.dateTime(saved.modifiedAt())));
        } catch (StaleVersionException stale) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("code", "conflict", "message",
                "Bu haberi siz düzenlerken başka biri kaydetti; otomatik kayıt durdu. Yazdıklarınız bu sayfada duruyor: "
                    + "Kaydet düğmesine basın, iki sürümü birlikte görüp hangisinin kalacağına karar verin.",
                "version", stale.current().version()));
        } catch (AccessDeniedException denied) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("code", "forbidden", "message",
                "Bu haberi değiştirme yetkiniz yok; otomatik kayıt yapılmadı."));
        }
    }

    /** The history; with {@code karsilastir}, that revision beside the one saved before it. */
    @GetMapping("/yonetim/haberler/{id}/surumler")
    ModelAndView revisions(@ModelAttribute("me") StaffMember me, @PathVariable long id,
                           @RequestParam(name = "karsilastir", required = false) Integer compare) {
        List<Revision> revisions = desk.revisions(id, me);
        Map<String, Object> model = new HashMap<>(Map.of("story", desk.find(id), "revisions", revisions));
        if (compare != null) {
            Revision compared = revisions.stream().filter(r -> r.version() == compare).findFirst()
                .orElseThrow(() -> new NotFoundException("revision " + compare + " of article " + id));
            model.put("compared", compared);
            // Newest first: the first older one is the revision this one replaced.
            revisions.stream().filter(r -> r.version() < compare).findFirst().ifPresent(previous -> {
                model.put("previous", previous);
                model.put("diff", diff(previous, compared));
            });
        }
        return new ModelAndView("newsroom/revisions", model);
    }

    /**
     * Restores a revision. A history page opened before autosaves folded that revision into a later
     * one still links to it: then the history opens again, on the revision that holds it now, and
     * says so; nothing changes.
     */
    @PostMapping("/yonetim/haberler/{id}/surumler/{version}/geri-yukle")
    ModelAndView restore(@ModelAttribute("me") StaffMember me, @PathVariable long id, @PathVariable int version,
                         HttpServletRequest request, RedirectAttributes flash) {
        String history = "redirect:/yonetim/haberler/" + id + "/surumler";
        try {
            desk.restore(id, version, me, request.getRemoteAddr());
        } catch (MissingRevisionException missing) {
            if (missing.foldedInto().isPresent()) {
                int into = missing.foldedInto().get();
                flash.addFlashAttribute("error", version + ". sürüm artık ayrı durmuyor: aynı kişinin iki dakika içindeki "
                    + "otomatik kayıtları tek sürümde toplanır ve bu sürüm, sayfayı açtığınızdan beri " + into
                    + ". sürüme katıldı. Hiçbir şey geri yüklenmedi; aşağıda " + into
                    + ". sürümün değişikliklerini görüyorsunuz. Geri yüklemek istediğiniz hali güncel listeden seçin.");
                return new ModelAndView(history + "?karsilastir=" + into);
            }
            flash.addFlashAttribute("error", version + ". sürüm bu haberin sürümleri arasında yok; hiçbir şey geri yüklenmedi. "
                + "Geri yüklemek istediğiniz hali güncel listeden seçin.");
            return new ModelAndView(history);
        } catch (StaleVersionException stale) {
            flash.addFlashAttribute("error", "Siz geri yüklerken haber yeniden kaydedildi; hiçbir şey geri yüklenmedi. "
                + "Güncel listeye bakıp yeniden deneyin.");
            return new ModelAndView(history);
        }
        flash.addFlashAttribute("notice", version + ". sürüm geri yüklendi; önceki hali de sürümler arasında duruyor.");
        return redirect(id);
    }

    /** Deleting is two steps: this page says what goes, and its form does it. */
    @GetMapping("/yonetim/haberler/{id}/sil")
    ModelAndView confirmDelete(@ModelAttribute("me") StaffMember me, @PathVariable long id, RedirectAttributes flash) {
        Article story = desk.findForDeleting(id, me);
        if (story.everPublished()) {
            flash.addFlashAttribute("error", new PublishedStoryException(story).getMessage());
            return redirect(id);
        }
        return new ModelAndView("newsroom/delete", Map.of("story", story,
            "category", categories.byId(story.categoryId()).map(Category::name).orElse("")));
    }

    @PostMapping("/yonetim/haberler/{id}/sil")
    ModelAndView delete(@ModelAttribute("me") StaffMember me, @PathVariable long id,
                        @RequestParam(name = "version", required = false) Integer version,
                        HttpServletRequest request, RedirectAttributes flash) {
        Article deleted;
        try {
            deleted = desk.delete(id, version, me, request.getRemoteAddr());
        } catch (PublishedStoryException published) {
            flash.addFlashAttribute("error", published.getMessage());
            return redirect(id);
        } catch (StaleVersionException stale) {
            flash.addFlashAttribute("error", "Haber, silme sayfasını açtığınızdan beri değişti; silinmedi. "
                + "Son haline bakın, yine de silmek isterseniz yeniden deneyin.");
            return redirect(id);
        }
        flash.addFlashAttribute("notice", "Haber sürümleriyle birlikte silindi: " + deleted.headline());
        return new ModelAndView("redirect:/yonetim/haberler");
    }

    /**
     * Runs a workflow step; when the story's state does not allow it (or someone changed it
     * meanwhile), says so on the editor and changes nothing.
     */
    private static boolean attempt(Runnable step, long id, RedirectAttributes flash) {
        try {
            step.run();
            return true;
        } catch (IllegalStateException | StaleVersionException e) {
            flash.addFlashAttribute("error", "Bu işlem haberin şu anki durumunda yapılamaz. Haberin durumuna bakıp yeniden deneyin.");
            return false;
        }
    }

    private Map<String, String> problems(StoryForm form, BindingResult binding) {
        Map<String, String> problems = new HashMap<>(form.problems(categories, authors, images));
        binding.getFieldErrors().forEach(error -> problems.putIfAbsent(error.getField(), "Bu alanın değeri geçerli değil."));
        return problems;
    }

    private RevisionDiff diff(Revision older, Revision newer) {
        Map<Long, Category> categoryNames = categories.byId();
        Map<Long, String> authorNames = authors.all().stream().collect(Collectors.toMap(Author::id, Author::name));
        return RevisionDiff.between(older.content(), newer.content(),
            categoryId -> categoryNames.containsKey(categoryId) ? categoryNames.get(categoryId).name() : "#" + categoryId,
            authorId -> authorNames.getOrDefault(authorId, "#" + authorId));
    }

    private Content content(StoryForm form) {
        return form.toContent(articles::tag);
    }

    private ModelAndView editor(StoryForm form, Map<String, String> problems, Article story, StaffMember me, Article theirs) {
        boolean canPublish = story == null ? me.role().publishes() : me.canPublishIn(story.categoryId());
        boolean canEdit = story == null || desk.canEdit(story, me);
        boolean canSubmit = story != null && canEdit && story.status() == Status.DRAFT;
        boolean canDelete = story != null && desk.canDelete(story, me);
        return new ModelAndView("newsroom/editor", Map.of("page", new EditorPage(form, problems, story, categories.all(),
            authors.all(), canEdit, canPublish, canSubmit, canDelete, theirs)));
    }

    private static ModelAndView redirect(long id) {
        return new ModelAndView("redirect:/yonetim/haberler/" + id);
    }
}
