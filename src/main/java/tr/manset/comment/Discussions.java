package tr.manset.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Reads a story's comments for readers: pages of threads in keyset order, and the count. */
@Service
public class Discussions {

    private final CommentStore store;
    private final Commenting commenting;
    private final SettingsStore settings;
    private final CommentProperties properties;
    private final Clock clock;

    Discussions(CommentStore store, Commenting commenting, SettingsStore settings, CommentProperties properties,
                Clock clock) {
        this.store = store;
        this.commenting = commenting;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    /** The first page (or the page after the cursor) of a story's comments. */
    public CommentSection section(CommentedArticle article, CommentSort sort, String cursor) {
        int size = properties.pageSize();
        List<Comment> top = store.topLevel(article.id(), sort, Cursor.parse(cursor), size + 1);
        String next = top.size() > size ? Cursor.after(top.get(size - 1), sort).param(sort) : null;
        top = CommentStore.page(top, size);
        Instant now = clock.instant();
        Map<Long, List<ThreadComment>> replies = new LinkedHashMap<>();
        for (Comment reply : store.replies(top.stream().map(Comment::id).toList())) {
            replies.computeIfAbsent(reply.parentId(), id -> new ArrayList<>()).add(new ThreadComment(reply, List.of(), now));
        }
        List<ThreadComment> threads = top.stream()
            .map(c -> new ThreadComment(c, replies.getOrDefault(c.id(), List.of()), now))
            .toList();
        boolean open = !commenting.closed(article, settings.moderation());
        return new CommentSection(article.id(), article.path() + "/yorumlar", store.publishedCount(article.id()), open,
            threads, sort, next, properties.maxLength());
    }

    public int count(long articleId) {
        return store.publishedCount(articleId);
    }
}
