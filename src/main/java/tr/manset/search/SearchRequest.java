package tr.manset.search;

import java.time.LocalDate;

/**
 * What a reader asked: the words, the filters (blank or null when not used), the order and the page.
 *
 * @param byDate newest first instead of best match first
 */
public record SearchRequest(String query, String category, String author, LocalDate from, LocalDate to,
                            boolean byDate, int page) {

    public static final int MAX_QUERY = 200;
    public static final int MAX_PAGE = 100;

    public SearchRequest {
        query = query == null ? "" : query.strip().replaceAll("\\s+", " ");
        if (query.codePointCount(0, query.length()) > MAX_QUERY) {
            query = query.substring(0, query.offsetByCodePoints(0, MAX_QUERY));
        }
        category = category == null ? "" : category.strip();
        author = author == null ? "" : author.strip();
        page = Math.max(1, Math.min(MAX_PAGE, page));
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, "", "", null, null, false, 1);
    }

    /** Letters or digits to search for: "?!" or "" have none. */
    public boolean hasWords() {
        return query.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
