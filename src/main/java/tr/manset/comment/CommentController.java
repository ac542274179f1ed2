package tr.manset.comment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import tr.manset.comment.traffic.TrafficLog;
import tr.manset.reader.Readers;
import tr.manset.system.web.NotFoundException;

/**
 * Reader actions on comments under /yorum. Every form works without JavaScript (post, redirect,
 * get); the page's script sends the same forms with {@code Accept: application/json} and gets
 * JSON back instead of a redirect.
 */
@Controller
class CommentController {

    /** Read by the Law 5651 traffic log: what became of the request. */
    static final String RESULT = TrafficLog.RESULT_ATTRIBUTE;

    private final Commenting commenting;
    private final Discussions discussions;
    private final CommentedArticles articles;
    private final CommentStore store;
    private final Readers readers;

    CommentController(Commenting commenting, Discussions discussions, CommentedArticles articles, CommentStore store,
                      Readers readers) {
        this.commenting = commenting;
        this.readers = readers;
        this.discussions = discussions;
        this.articles = articles;
        this.store = store;
    }

    @PostMapping("/yorum/yaz/{articleId}")
    Object post(@PathVariable long articleId,
                @RequestParam(name = "ad", defaultValue = "") String name,
                @RequestParam(name = "eposta", defaultValue = "") String email,
                @RequestParam(name = "metin", defaultValue = "") String text,
                @RequestParam(name = "ust", defaultValue = "") String parent,
                @RequestParam(name = "web_sitesi", defaultValue = "") String trap,
                HttpServletRequest request, HttpServletResponse response) {
        var submission = new Commenting.Submission(articleId, parentId(parent), name, email, text, trap);
        noStore(response);
        Commenting.Posted posted;
        try {
            // A signed-in reader's name and address come from the account; the form's are ignored.
            posted = commenting.post(submission, client(request), readers.signedIn(request).orElse(null));
        } catch (CommentRefused refused) {
            request.setAttribute(RESULT, "reddedildi: " + refused.getMessage());
            if (wantsJson(request)) {
                return ResponseEntity.status(refused.status()).body(Map.of("hata", refused.getMessage()));
            }
            response.setStatus(refused.status().value());
            return formAgain(submission, refused.getMessage());
        }
        Comment comment = posted.comment();
        request.setAttribute(RESULT, comment.status().label() + (comment.rule().isEmpty() ? "" : ": " + comment.rule()));
        if (wantsJson(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", comment.id());
            body.put("durum", comment.status().name());
            body.put("ad", comment.name());
            body.put("mesaj", message(comment));
            body.put("adres", "/yorum/" + comment.id() + "/durum?k=" + posted.receipt());
            return ResponseEntity.status(HttpStatus.CREATED).body(body);
        }
        return seeOther("/yorum/" + comment.id() + "/durum?k=" + posted.receipt());
    }

    /** What a poster sees after sending without JavaScript: their comment and its state. */
    @GetMapping("/yorum/{id}/durum")
    ModelAndView posted(@PathVariable long id, @RequestParam(name = "k", defaultValue = "") String receipt,
                        HttpServletResponse response) {
        noStore(response);
        Comment comment = store.find(id).filter(c -> commenting.receiptFits(id, receipt))
            .orElseThrow(() -> new NotFoundException("comment " + id));
        CommentedArticle article = articles.find(comment.articleId()).orElseThrow(() -> new NotFoundException("article"));
        return new ModelAndView("comment/posted", Map.of("comment", comment, "article", article, "message", message(comment),
            "html", CommentText.html(comment.body())));
    }

    @GetMapping("/yorum/{id}/cevapla")
    ModelAndView replyForm(@PathVariable long id, HttpServletResponse response) {
        Comment parent = store.find(id).filter(Comment::published).orElseThrow(() -> new NotFoundException("comment " + id));
        CommentedArticle article = articles.find(parent.articleId()).orElseThrow(() -> new NotFoundException("article"));
        response.setHeader("Cache-Control", CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue());
        return new ModelAndView("comment/reply", Map.of("parent", parent, "article", article,
            "html", CommentText.html(parent.body()), "form", CommentForm.reply(article.id(), parent.id())));
    }

    @PostMapping("/yorum/{id}/oy")
    Object vote(@PathVariable long id, @RequestParam(name = "yon", defaultValue = "") String direction,
                HttpServletRequest request, HttpServletResponse response) {
        noStore(response);
        int value = switch (direction) {
            case "begen" -> 1;
            case "begenme" -> -1;
            default -> 0;
        };
        try {
            if (value == 0) {
                throw new CommentRefused(HttpStatus.BAD_REQUEST, "Beğeni yönü anlaşılamadı.");
            }
            Comment comment = commenting.vote(id, value, client(request));
            request.setAttribute(RESULT, value > 0 ? "beğenildi" : "beğenilmedi");
            if (wantsJson(request)) {
                return ResponseEntity.ok(Map.of("begeni", comment.likes(), "begenmeme", comment.dislikes()));
            }
            return seeOther(backTo(comment));
        } catch (CommentRefused refused) {
            return refusedAnswer(refused, request, response);
        }
    }

    @GetMapping("/yorum/{id}/sikayet")
    ModelAndView reportForm(@PathVariable long id, HttpServletResponse response) {
        Comment comment = store.find(id).filter(Comment::published).orElseThrow(() -> new NotFoundException("comment " + id));
        response.setHeader("Cache-Control", CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue());
        return reportPage(comment, "", "", "");
    }

    @PostMapping("/yorum/{id}/sikayet")
    Object report(@PathVariable long id, @RequestParam(name = "neden", defaultValue = "") String reason,
                  @RequestParam(name = "aciklama", defaultValue = "") String note,
                  HttpServletRequest request, HttpServletResponse response) {
        noStore(response);
        try {
            boolean first = commenting.report(id, ReportReason.parse(reason), note, client(request));
            String message = first ? "Şikayetiniz alındı. Moderatörlerimiz inceleyecek." : "Bu yorumu daha önce şikayet ettiniz.";
            request.setAttribute(RESULT, first ? "şikayet alındı" : "yinelenen şikayet");
            if (wantsJson(request)) {
                return ResponseEntity.ok(Map.of("mesaj", message));
            }
            Comment comment = store.find(id).orElseThrow();
            return new ModelAndView("comment/done", Map.of("message", message, "back", backTo(comment)));
        } catch (CommentRefused refused) {
            if (wantsJson(request) || refused.status() == HttpStatus.NOT_FOUND) {
                return refusedAnswer(refused, request, response);
            }
            request.setAttribute(RESULT, "reddedildi: " + refused.getMessage());
            response.setStatus(refused.status().value());
            return reportPage(store.find(id).orElseThrow(), refused.getMessage(), reason, note);
        }
    }

    /** The next page of threads as an HTML fragment, for "Daha fazla yorum görüntüle" with JavaScript. */
    @GetMapping("/yorum/parca/{articleId}")
    ModelAndView fragment(@PathVariable long articleId, @RequestParam(name = "sirala", defaultValue = "") String sort,
                          @RequestParam(name = "sonra", defaultValue = "") String after, HttpServletResponse response) {
        CommentedArticle article = articles.find(articleId).filter(CommentedArticle::published)
            .orElseThrow(() -> new NotFoundException("article " + articleId));
        response.setHeader("Cache-Control", CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue());
        return new ModelAndView("comment/fragment",
            Map.of("section", discussions.section(article, CommentSort.parse(sort), after)));
    }

    @ExceptionHandler(CommentRefused.class)
    Object refused(CommentRefused refused, HttpServletRequest request, HttpServletResponse response) {
        return refusedAnswer(refused, request, response);
    }

    private Object refusedAnswer(CommentRefused refused, HttpServletRequest request, HttpServletResponse response) {
        request.setAttribute(RESULT, "reddedildi: " + refused.getMessage());
        noStore(response);
        if (wantsJson(request)) {
            return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("hata", refused.getMessage()));
        }
        response.setStatus(refused.status().value());
        return new ModelAndView("comment/done", Map.of("message", refused.getMessage(), "back", "/"));
    }

    private ModelAndView formAgain(Commenting.Submission submission, String error) {
        CommentedArticle article = articles.find(submission.articleId()).orElse(null);
        CommentForm form = new CommentForm(submission.articleId(), submission.parentId(), submission.name(),
            submission.email(), submission.text(), error);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("form", form);
        model.put("articlePath", article == null ? "/" : article.path());
        model.put("headline", article == null ? "" : article.headline());
        return new ModelAndView("comment/refused", model);
    }

    private ModelAndView reportPage(Comment comment, String error, String reason, String note) {
        return new ModelAndView("comment/report", Map.of("comment", comment, "html", CommentText.html(comment.body()),
            "reasons", ReportReason.values(), "error", error, "reason", reason, "note", note, "back", backTo(comment)));
    }

    private String backTo(Comment comment) {
        return articles.find(comment.articleId()).map(a -> a.path() + "#yorum-" + comment.id()).orElse("/");
    }

    static String message(Comment comment) {
        return switch (comment.status()) {
            case PUBLISHED -> "Yorumunuz yayımlandı. Teşekkür ederiz.";
            case PENDING -> "Yorumunuz onay bekliyor. Moderatörlerimiz inceledikten sonra yayımlanacak.";
            case REJECTED -> "Yorumunuz yorum kurallarımıza uymadığı için yayımlanmadı.";
            case HIDDEN -> "Yorumunuz şu anda gizli.";
        };
    }

    /** After a POST, the browser GETs the answer (303), so reloading never sends the form again. */
    private static ModelAndView seeOther(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    private static Long parentId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "Cevap vermek istediğiniz yorum bulunamadı.");
        }
    }

    private static Commenting.Client client(HttpServletRequest request) {
        return new Commenting.Client(request.getRemoteAddr());
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json");
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
    }
}
