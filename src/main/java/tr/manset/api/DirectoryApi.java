package tr.manset.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tr.manset.article.Articles;
import tr.manset.article.TagUse;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.staff.CurrentStaff;

/** /api/v1/categories, /tags and /authors: what a client needs to fill in a story. */
@RestController
class DirectoryApi {

    /** An author as the API lists them; the photo as an image number. */
    record AuthorJson(long id, String slug, String name, String title, String bio, Long photoImageId) {}

    private final Categories categories;
    private final Articles articles;
    private final tr.manset.author.Authors authors;
    private final CurrentStaff staff;

    DirectoryApi(Categories categories, Articles articles, tr.manset.author.Authors authors, CurrentStaff staff) {
        this.categories = categories;
        this.articles = articles;
        this.authors = authors;
        this.staff = staff;
    }

    @GetMapping("/api/v1/categories")
    List<Category> categories() {
        staff.get();
        return categories.all();
    }

    @GetMapping("/api/v1/tags")
    List<TagUse> tags() {
        staff.get();
        return articles.tagUses();
    }

    @GetMapping("/api/v1/authors")
    List<AuthorJson> authors() {
        staff.get();
        return authors.all().stream()
            .map(a -> new AuthorJson(a.id(), a.slug(), a.name(), a.title(), a.bio(), a.hasPhoto() ? a.photo().id() : null))
            .toList();
    }
}
