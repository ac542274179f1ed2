package tr.manset.category;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.manset.system.text.TurkishText;

/**
 * The categories, read on almost every request and changed rarely: kept in memory and re-read
 * from the database at most every few seconds, so several nodes agree quickly after an edit.
 */
@Service
public class Categories {

    private static final Object ALL = new Object();

    private final CategoryStore store;
    private final LoadingCache<Object, List<Category>> cache;

    Categories(CategoryStore store) {
        this.store = store;
        this.cache = Caffeine.newBuilder()
            .refreshAfterWrite(Duration.ofSeconds(10))
            .build(key -> store.findAll());
    }

    public List<Category> all() {
        return cache.get(ALL);
    }

    public Optional<Category> bySlug(String slug) {
        return all().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public Optional<Category> byId(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }

    public Map<Long, Category> byId() {
        return all().stream().collect(Collectors.toMap(Category::id, Function.identity()));
    }

    /** The category that had this slug before it was renamed, for a permanent redirect. */
    public Optional<Category> formerlyAt(String slug) {
        return store.findByOldSlug(slug).flatMap(this::byId);
    }

    /**
     * Changes a category. A changed slug is remembered so the old addresses keep answering with
     * a redirect; a slug another category uses is refused.
     */
    @Transactional
    public Category update(long id, String name, String slug, String description, int position) {
        Category before = byId(id).orElseThrow();
        String newSlug = TurkishText.slug(slug == null || slug.isBlank() ? name : slug);
        bySlug(newSlug).filter(other -> other.id() != id).ifPresent(other -> {
            throw new IllegalArgumentException("slug taken: " + newSlug);
        });
        Category after = new Category(id, newSlug, name.strip(), description == null ? "" : description.strip(), position);
        store.update(after);
        store.forgetOldSlug(newSlug);
        if (!before.slug().equals(newSlug)) {
            store.rememberOldSlug(before.slug(), id);
        }
        cache.invalidateAll();
        return after;
    }

    /** Creates a category; its slug comes from the name. */
    public Category create(String name, String description, int position) {
        String slug = TurkishText.slug(name);
        long id = store.insert(slug, name, description, position);
        cache.invalidateAll();
        return new Category(id, slug, name, description, position);
    }
}
