package tr.manset.article;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tr.manset.reads.ArticleViews;
import tr.manset.reads.MostRead;
import tr.manset.reads.MostRead.Window;

/**
 * Turns the reads module's most-read ids into teasers of published stories for the home and
 * article pages: most views first, and of stories read equally often the newer one first.
 */
@Component
public class MostReadStories {

    /** Stories in each list. */
    static final int SHOWN = 5;

    /**
     * Ranked ids asked for: room for the story on the page and a few unpublished since, and for
     * ties at the end of the list to be settled by publication time.
     */
    private static final int CANDIDATES = SHOWN * 3;

    private final MostRead mostRead;
    private final Articles articles;

    MostReadStories(MostRead mostRead, Articles articles) {
        this.mostRead = mostRead;
        this.articles = articles;
    }

    /** Both lists, for the home page. */
    public MostReadLists lists() {
        return without(0);
    }

    /** Both lists without one story: on its own page a story does not recommend itself. */
    public MostReadLists without(long articleId) {
        List<ArticleViews> day = mostRead.top(Window.DAY, CANDIDATES);
        List<ArticleViews> week = mostRead.top(Window.WEEK, CANDIDATES);
        if (day.isEmpty() && week.isEmpty()) {
            return MostReadLists.NONE;
        }
        // One query for the stories of both lists.
        Map<Long, Teaser> teasers = articles.publishedTeasers(Stream.concat(day.stream(), week.stream())
                .map(ArticleViews::articleId).toList()).stream()
            .collect(Collectors.toMap(Teaser::id, Function.identity()));
        return new MostReadLists(pick(day, teasers, articleId), pick(week, teasers, articleId));
    }

    private static List<Teaser> pick(List<ArticleViews> ranked, Map<Long, Teaser> teasers, long leftOut) {
        Comparator<ArticleViews> order = Comparator.comparingLong(ArticleViews::views).reversed()
            .thenComparing(v -> teasers.get(v.articleId()).publishedAt(), Comparator.reverseOrder())
            .thenComparing(Comparator.comparingLong(ArticleViews::articleId).reversed());
        return ranked.stream()
            .filter(v -> v.articleId() != leftOut && teasers.containsKey(v.articleId()))
            .sorted(order)
            .limit(SHOWN)
            .map(v -> teasers.get(v.articleId()))
            .toList();
    }
}
