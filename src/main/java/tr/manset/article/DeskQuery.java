package tr.manset.article;

/**
 * Filters of the newsroom's story list; null or blank means "any".
 *
 * @param text matched against the headline, Turkish letters and case folded ("görüşme" finds "GÖRÜŞMELER")
 * @param sort "modified" (last change first, the default), "published" or "headline"
 */
public record DeskQuery(Status status, Long categoryId, Long authorId, Long createdBy, String text, String sort,
                        int page, int size) {

    public DeskQuery {
        page = Math.max(1, page);
        size = size <= 0 ? 30 : Math.min(size, 100);
        sort = sort == null || sort.isBlank() ? "modified" : sort;
    }

    public static DeskQuery of(Status status, Long createdBy, int size) {
        return new DeskQuery(status, null, null, createdBy, null, "modified", 1, size);
    }
}
