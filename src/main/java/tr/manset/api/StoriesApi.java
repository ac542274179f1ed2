package tr.manset.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tr.manset.article.Article;
import tr.manset.article.Articles;
import tr.manset.article.DeskQuery;
import tr.manset.article.DeskRow;
import tr.manset.article.NewsDesk;
import tr.manset.article.Status;
import tr.manset.article.newsroom.StoryForm;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.media.Images;
import tr.manset.staff.CurrentStaff;
import tr.manset.staff.StaffMember;
import tr.manset.system.SiteProperties;
import tr.manset.system.web.Paged;

/** /api/v1/articles: the same stories, rules and workflow as the newsroom's screens. */
@RestController
@RequestMapping("/api/v1/articles")
class StoriesApi {

    /** A workflow step's body: only "schedule" takes one, the time to publish at. */
    record StepRequest(OffsetDateTime at) {}

    private final NewsDesk desk;
    private final Articles articles;
    private final Categories categories;
    private final Authors authors;
    private final Images images;
    private final CurrentStaff staff;
    private final SiteProperties site;

    StoriesApi(NewsDesk desk, Articles articles, Categories categories, Authors authors, Images images, CurrentStaff staff,
               SiteProperties site) {
        this.desk = desk;
        this.articles = articles;
        this.categories = categories;
        this.authors = authors;
        this.images = images;
        this.staff = staff;
        this.site = site;
    }

    @GetMapping
    Paged<DeskRow> list(@RequestParam(required = false) Status status, @RequestParam(required = false) Long category,
                        @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page) {
        StaffMember me = staff.get();
        if (!me.role().writesStories()) {
            throw new org.springframework.security.access.AccessDeniedException("no stories for " + me.role());
        }
        return articles.forDesk(new DeskQuery(status, category, null, null, q, "modified", page, 50));
    }

    @GetMapping("/{id}")
    StoryJson read(@PathVariable long id) {
        return json(desk.findForViewing(id, staff.get()));
    }

    @PostMapping
    ResponseEntity<?> create(@RequestBody StoryRequest request, HttpServletRequest http) {
        StaffMember me = staff.get();
        StoryForm form = request.toForm();
        Map<String, String> problems = form.problems(categories, authors, images);
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        Article created = desk.create(form.toContent(articles::tag), me, http.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id())).body(json(created));
    }

    @PutMapping("/{id}")
    ResponseEntity<?> save(@PathVariable long id, @RequestBody StoryRequest request, HttpServletRequest http) {
        StaffMember me = staff.get();
        desk.findForEditing(id, me);
        StoryForm form = request.toForm();
        Map<String, String> problems = new java.util.HashMap<>(form.problems(categories, authors, images));
        if (request.version() == null) {
            problems.put("version", "Değiştirdiğiniz sürümün numarasını (version) gönderin.");
        }
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        return ResponseEntity.ok(json(desk.save(id, request.version(), form.toContent(articles::tag), me, http.getRemoteAddr())));
    }

    /**
     * Deletes a story readers never saw, with its revisions; with {@code version}, only if it is
     * still at that version. A published or unpublished story answers 409: unpublish it instead.
     */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version, HttpServletRequest http) {
        desk.delete(id, version, staff.get(), http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/{step:submit|return|publish|unpublish|update|schedule}")
    StoryJson step(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) StepRequest body,
                   HttpServletRequest http) {
        StaffMember me = staff.get();
        String address = http.getRemoteAddr();
        return json(switch (step) {
            case "submit" -> desk.submit(id, me, address);
            case "return" -> desk.returnToDraft(id, me, address);
            case "publish" -> desk.publish(id, me, address);
            case "unpublish" -> desk.unpublish(id, me, address);
            case "update" -> desk.markUpdated(id, me, address);
            default -> {
                if (body == null || body.at() == null) {
                    throw new IllegalArgumentException("schedule needs \"at\"");
                }
                yield desk.schedule(id, body.at().toInstant(), me, address);
            }
        });
    }

    private StoryJson json(Article story) {
        String url = categories.byId(story.categoryId()).map(c -> site.absolute(story.path(c.slug()))).orElse(null);
        return StoryJson.of(story, url);
    }

    private static ResponseEntity<ApiError> invalid(Map<String, String> problems) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
            .body(new ApiError("invalid", "Haber kaydedilmedi: " + String.join(" ", List.copyOf(problems.values())), problems, null));
    }
}
