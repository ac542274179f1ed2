package tr.manset.author;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tr.manset.media.Image;
import tr.manset.media.Images;
import tr.manset.system.text.TurkishText;

/** Finds and creates authors, with their photos. */
@Service
public class Authors {

    private final AuthorStore store;
    private final Images images;

    Authors(AuthorStore store, Images images) {
        this.store = store;
        this.images = images;
    }

    public Optional<Author> bySlug(String slug) {
        return store.findBySlug(slug).map(row -> withPhotos(List.of(row)).getFirst());
    }

    /** Authors in the order of the given ids (the byline order); unknown ids are skipped. */
    public List<Author> byIds(List<Long> ids) {
        Map<Long, Author> found = withPhotos(store.findAll(ids)).stream()
            .collect(java.util.stream.Collectors.toMap(Author::id, a -> a));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    public List<Author> all() {
        return withPhotos(store.findAll());
    }

    /** Changes what readers see of an author; the slug (their address) stays. */
    public Author update(long id, String name, String title, String bio, Image photo) {
        store.update(id, name.strip(), title.strip(), bio.strip(), photo == null ? null : photo.id());
        return store.find(id).map(row -> withPhotos(List.of(row)).getFirst()).orElseThrow();
    }

    public Optional<Author> byId(long id) {
        return store.find(id).map(row -> withPhotos(List.of(row)).getFirst());
    }

    public Author create(String name, String title, String bio, Image photo) {
        String slug = TurkishText.slug(name);
        long id = store.insert(slug, name, title, bio, photo == null ? null : photo.id());
        return new Author(id, slug, name, title, bio, photo);
    }

    private List<Author> withPhotos(Collection<AuthorStore.Row> rows) {
        Map<Long, Image> photos = images.byIds(rows.stream().map(AuthorStore.Row::photoId).filter(Objects::nonNull).toList());
        return rows.stream()
            .map(r -> new Author(r.id(), r.slug(), r.name(), r.title(), r.bio(), r.photoId() == null ? null : photos.get(r.photoId())))
            .toList();
    }
}
