package tr.manset.comment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.reader.AccountFrame;
import tr.manset.reader.Readers;
import tr.manset.system.web.Paged;

/** "Yorumlarım" at /hesap/yorumlarim: a signed-in reader's comments, newest first, each with its state and story. */
@Controller
class MyCommentsController {

    static final int PAGE_SIZE = 20;

    private final Readers readers;
    private final CommentStore store;
    private final CommentedArticles articles;
    private final Clock clock;

    MyCommentsController(Readers readers, CommentStore store, CommentedArticles articles, Clock clock) {
        this.readers = readers;
        this.store = store;
        this.articles = articles;
        this.clock = clock;
    }

    @GetMapping("/hesap/yorumlarim")
    ModelAndView mine(@RequestParam(name = "sayfa", defaultValue = "1") int page, HttpServletRequest request,
                      HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        AccountFrame frame = readers.frame(request).orElse(null);
        if (frame == null) {
            return new ModelAndView("redirect:/giris?devam=" + URLEncoder.encode("/hesap/yorumlarim", StandardCharsets.UTF_8));
        }
        int current = Math.max(1, page);
        long readerId = frame.reader().id();
        List<Comment> comments = store.byReader(readerId, PAGE_SIZE, Paged.offset(current, PAGE_SIZE));
        Map<Long, CommentedArticle> stories = articles.find(comments.stream().map(Comment::articleId).distinct().toList());
        var now = clock.instant();
        Paged<MyComment> mine = new Paged<>(comments.stream()
            .map(c -> new MyComment(new ThreadComment(c, List.of(), now), stories.get(c.articleId())))
            .toList(), current, PAGE_SIZE, store.countByReader(readerId));
        return new ModelAndView("reader/comments", Map.of("frame", frame, "comments", mine));
    }
}
