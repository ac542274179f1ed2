package tr.manset.search;

import java.time.Instant;
import java.util.List;

/**
 * One page of results. {@code headline} and {@code snippet} of each hit are safe HTML: the
 * stored text escaped, the matched words in {@code <mark>}.
 *
 * @param atLeast {@code total} is a lower bound: ordered by relevance, Lucene stops counting
 *     exactly after 1,000 matches
 * @param notice a Turkish note for the reader (e.g. no story had every word), or ""
 */
public record SearchResults(SearchRequest request, List<Hit> hits, long total, boolean atLeast, int pageSize,
                            String notice) {

    public record Hit(long id, String headline, String snippet, String path, String categoryName, Instant published) {}

    /** "12 sonuç", or "1000'den fazla sonuç" when only a lower bound is known. */
    public String count() {
        return atLeast ? total + "'den fazla sonuç" : total + " sonuç";
    }

    public int totalPages() {
        return (int) Math.min(SearchRequest.MAX_PAGE, Math.max(1, (total + pageSize - 1) / pageSize));
    }

    public boolean hasNext() {
        return request.page() < totalPages();
    }

    public boolean hasPrevious() {
        return request.page() > 1;
    }

    static SearchResults empty(SearchRequest request, int pageSize, String notice) {
        return new SearchResults(request, List.of(), 0, false, pageSize, notice);
    }
}
