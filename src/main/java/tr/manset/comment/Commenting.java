package tr.manset.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.manset.comment.rules.TurkishNormalizer;
import tr.manset.reader.Reader;

/**
 * What readers do with comments: post (and reply), like or dislike, report. Each either succeeds
 * durably or is refused with a Turkish message ({@link CommentRefused}) and stores nothing.
 */
@Service
public class Commenting {

    static final int MAX_NAME = 60;
    static final int MAX_EMAIL = 254;
    static final int MAX_REPORT_NOTE = 500;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} .'’-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What a reader sends. {@code trap} is the honeypot field people never see or fill. */
    public record Submission(long articleId, Long parentId, String name, String email, String text, String trap) {}

    /** A client: the address the request came from. */
    public record Client(String address) {}

    public record Posted(Comment comment, String receipt) {}

    private final CommentStore store;
    private final CommentRules rules;
    private final CommentedArticles articles;
    private final SettingsStore settings;
    private final ClientKeys keys;
    private final Bans bans;
    private final RateLimits limits;
    private final CommentProperties properties;
    private final ReplyNotifier replies;
    private final Clock clock;

    Commenting(CommentStore store, CommentRules rules, CommentedArticles articles, SettingsStore settings,
               ClientKeys keys, Bans bans, RateLimits limits, CommentProperties properties, ReplyNotifier replies, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.articles = articles;
        this.settings = settings;
        this.keys = keys;
        this.bans = bans;
        this.limits = limits;
        this.properties = properties;
        this.replies = replies;
        this.clock = clock;
    }

    @Transactional
    public Posted post(Submission submission, Client client) {
        return post(submission, client, null);
    }

    /**
     * A post by a guest, or by a signed-in reader: then the account's name is used (whatever the
     * form said), the comment belongs to the account, and the account is the commenter moderators
     * see and may ban.
     */
    @Transactional
    public Posted post(Submission submission, Client client, Reader reader) {
        if (submission.trap() != null && !submission.trap().isBlank()) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "Yorumunuz gönderilemedi. Lütfen formu yeniden doldurun.");
        }
        String name = reader != null ? reader.displayName()
            : submission.name() == null ? "" : submission.name().strip().replaceAll("\\s+", " ");
        String email = reader != null || submission.email() == null ? "" : submission.email().strip();
        String text = CommentText.clean(submission.text());
        validate(name, email, text);

        CommentedArticle article = articles.find(submission.articleId())
            .filter(CommentedArticle::published)
            .orElseThrow(() -> new CommentRefused(HttpStatus.NOT_FOUND, "Yorum yapmak istediğiniz haber bulunamadı."));
        ModerationSettings moderation = settings.moderation();
        if (closed(article, moderation)) {
            throw new CommentRefused(HttpStatus.FORBIDDEN, "Bu haber yorumlara kapalı.");
        }
        Long parentId = submission.parentId();
        Long replyToId = parentId;
        if (parentId != null) {
            Comment parent = store.find(parentId)
                .filter(p -> p.articleId() == article.id() && p.published())
                .orElseThrow(() -> new CommentRefused(HttpStatus.BAD_REQUEST,
                    "Cevap vermek istediğiniz yorum bulunamadı ya da yayında değil."));
            // One level of replies: an answer to an answer joins the same thread.
            parentId = parent.parentId() != null ? parent.parentId() : parent.id();
        }

        String ipHash = keys.addressHash(client.address());
        String commenter = reader != null ? "r:" + reader.id() : keys.commenter(email, client.address());
        // A reader is also held to bans of the address they signed up with.
        String emailKey = reader != null ? "e:" + keys.emailHash(reader.email()) : email.isEmpty() ? null : "e:" + keys.emailHash(email);
        Optional<Ban> ban = emailKey == null
            ? bans.active(commenter, ipHash)
            : bans.active(commenter, ipHash, emailKey);
        if (ban.isPresent()) {
            throw new CommentRefused(HttpStatus.FORBIDDEN, ban.get().until() == null
                ? "Yorum yazmanız kalıcı olarak engellenmiştir."
                : "Yorum yazmanız geçici olarak engellenmiştir.");
        }
        if (!limits.allow("post:" + ipHash, properties.postsPerClientPerMinute())) {
            throw new CommentRefused(HttpStatus.TOO_MANY_REQUESTS,
                "Çok kısa sürede çok yorum gönderdiniz. Lütfen bir dakika sonra yeniden deneyin.");
        }
        if (!limits.allow("article:" + article.id(), properties.postsPerArticlePerMinute())) {
            throw new CommentRefused(HttpStatus.TOO_MANY_REQUESTS,
                "Bu habere şu anda çok yorum geliyor. Lütfen biraz sonra yeniden deneyin.");
        }
        String fingerprint = TurkishNormalizer.fingerprint(text);
        if (store.postedBefore(commenter, article.id(), fingerprint)) {
            throw new CommentRefused(HttpStatus.CONFLICT, "Bu yorumu bu habere zaten gönderdiniz.");
        }
        Verdict verdict = rules.judge(new CommentRules.Draft(commenter, text, fingerprint), article.mode(), moderation);
        Instant now = clock.instant();
        long id = store.insert(new CommentStore.NewComment(article.id(), parentId, commenter, name,
            email.isEmpty() ? null : email, ipHash, text, fingerprint, verdict.status(), verdict.rule(), now,
            reader == null ? null : reader.id(), replyToId));
        Comment comment = store.find(id).orElseThrow();
        if (comment.published()) {
            replies.published(comment);
        }
        return new Posted(comment, keys.sign("comment:" + id));
    }

    /** True when the receipt given at posting belongs to this comment: only its poster sees it waiting. */
    public boolean receiptFits(long commentId, String receipt) {
        return receipt != null && keys.sign("comment:" + commentId).equals(receipt);
    }

    /** A like (+1) or dislike (-1); one per reader per comment, the other vote replaces it. */
    @Transactional
    public Comment vote(long commentId, int value, Client client) {
        Comment comment = publishedComment(commentId);
        String voter = keys.addressHash(client.address());
        if (!limits.allow("act:" + voter, properties.actionsPerClientPerMinute())) {
            throw new CommentRefused(HttpStatus.TOO_MANY_REQUESTS, "Çok kısa sürede çok işlem yaptınız. Lütfen biraz bekleyin.");
        }
        store.vote(comment.id(), voter, value > 0 ? 1 : -1, clock.instant());
        return store.find(commentId).orElseThrow();
    }

    /**
     * A report; one per reader per comment. Enough open reports hide the comment until a
     * moderator decides.
     *
     * @return false when this reader had reported the comment already
     */
    @Transactional
    public boolean report(long commentId, ReportReason reason, String note, Client client) {
        if (reason == null) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "Lütfen şikayet nedenini seçin.");
        }
        String cleanNote = CommentText.clean(note);
        if (cleanNote.length() > MAX_REPORT_NOTE) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST,
                "Açıklama en fazla " + MAX_REPORT_NOTE + " karakter olabilir.");
        }
        Comment comment = publishedComment(commentId);
        String reporter = keys.addressHash(client.address());
        if (!limits.allow("act:" + reporter, properties.actionsPerClientPerMinute())) {
            throw new CommentRefused(HttpStatus.TOO_MANY_REQUESTS, "Çok kısa sürede çok işlem yaptınız. Lütfen biraz bekleyin.");
        }
        boolean first = store.report(comment.id(), reporter, reason, cleanNote, clock.instant());
        if (first && store.openReports(comment.id()) >= settings.moderation().reportThreshold()) {
            store.hideByRule(comment.id(), "Şikayet eşiği: " + settings.moderation().reportThreshold()
                + " şikayet, moderatör kararına kadar gizlendi");
        }
        return first;
    }

    /** Whether a story takes comments now: its mode, and the site's automatic closing. */
    public boolean closed(CommentedArticle article, ModerationSettings moderation) {
        if (article.mode() == CommentMode.CLOSED || !article.published()) {
            return true;
        }
        int days = moderation.closeAfterDays();
        return days > 0 && article.firstPublishedAt() != null
            && article.firstPublishedAt().plus(Duration.ofDays(days)).isBefore(clock.instant());
    }

    private Comment publishedComment(long commentId) {
        return store.find(commentId)
            .filter(Comment::published)
            .orElseThrow(() -> new CommentRefused(HttpStatus.NOT_FOUND, "Yorum bulunamadı."));
    }

    private void validate(String name, String email, String text) {
        if (name.isEmpty()) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "Lütfen adınızı yazın.");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "Adınız en fazla " + MAX_NAME + " karakter olabilir.");
        }
        if (!NAME.matcher(name).matches()) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST,
                "Adınızda yalnızca harf, rakam, boşluk, nokta, kesme işareti ve tire kullanabilirsiniz.");
        }
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "E-posta adresi geçerli görünmüyor. Boş da bırakabilirsiniz.");
        }
        if (text.isEmpty()) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "Yorumunuz boş olamaz.");
        }
        int length = text.codePointCount(0, text.length());
        if (length > properties.maxLength()) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "Yorumunuz en fazla " + properties.maxLength()
                + " karakter olabilir; şu anda " + length + " karakter.");
        }
    }
}
