package tr.manset.search;

import java.time.Instant;
import java.util.List;

/** A published story as the index sees it: its texts, where it is filed, who wrote it, when. */
public record SearchDocument(
        long id,
        String headline,
        String spot,
        String body,
        List<String> tags,
        String categorySlug,
        String categoryName,
        List<String> authorSlugs,
        List<String> authorNames,
        Instant publishedAt,
        Instant updatedAt,
        String path) {

    public SearchDocument {
        tags = List.copyOf(tags);
        authorSlugs = List.copyOf(authorSlugs);
        authorNames = List.copyOf(authorNames);
    }
}
