package tr.manset.article;

import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;
import tr.manset.reads.ReadableArticles;

/** Tells the reads module which story ids are published, so views of others are not counted. */
@Component
class ArticleReadership implements ReadableArticles {

    private final Articles articles;

    ArticleReadership(Articles articles) {
        this.articles = articles;
    }

    @Override
    public Set<Long> published(Collection<Long> articleIds) {
        return articles.publishedAmong(articleIds);
    }
}
