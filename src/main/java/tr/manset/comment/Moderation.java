package tr.manset.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.manset.audit.AuditLog;
import tr.manset.staff.StaffMember;

/**
 * What moderators do to comments: approve, reject, hide, restore, and ban commenters. Every
 * action is checked against the member's role and written to the audit log with its reason.
 */
@Service
public class Moderation {

    public enum Action {
        REJECT("reddet", "Reddet", Set.of(CommentStatus.PENDING, CommentStatus.PUBLISHED, CommentStatus.HIDDEN),
            CommentStatus.REJECTED, true),
        APPROVE("onayla", "Onayla", Set.of(CommentStatus.PENDING, CommentStatus.PUBLISHED),
            CommentStatus.PUBLISHED, false),
        HIDE("gizle", "Gizle", Set.of(CommentStatus.PUBLISHED, CommentStatus.PENDING), CommentStatus.HIDDEN, false),
        RESTORE("geri-al", "Yeniden yayımla", Set.of(CommentStatus.HIDDEN, CommentStatus.REJECTED),
            CommentStatus.PUBLISHED, false);

        private final String param;
        private final String label;
        private final Set<CommentStatus> from;
        private final CommentStatus to;
        private final boolean needsReason;

        Action(String param, String label, Set<CommentStatus> from, CommentStatus to, boolean needsReason) {
            this.param = param;
            this.label = label;
            this.from = from;
            this.to = to;
            this.needsReason = needsReason;
        }

        public String param() {
            return param;
        }

        public String label() {
            return label;
        }

        public boolean needsReason() {
            return needsReason;
        }

        /** Whether this action does something to a comment in that state. */
        public boolean appliesTo(CommentStatus status) {
            return from.contains(status) && (status != to || this == APPROVE);
        }

        public static Action parse(String value) {
            for (Action action : values()) {
                if (action.param.equals(value)) {
                    return action;
                }
            }
            return null;
        }
    }

    /** How long a ban lasts: the form's choices. */
    public enum BanLength {
        DAY("1 gün", Duration.ofDays(1)),
        WEEK("7 gün", Duration.ofDays(7)),
        MONTH("30 gün", Duration.ofDays(30)),
        FOREVER("Süresiz", null);

        private final String label;
        private final Duration duration;

        BanLength(String label, Duration duration) {
            this.label = label;
            this.duration = duration;
        }

        public String label() {
            return label;
        }
    }

    public static final int MAX_REASON = 500;

    private final CommentStore store;
    private final Bans bans;
    private final AuditLog audit;
    private final ClientKeys keys;
    private final ReplyNotifier replies;
    private final Clock clock;

    Moderation(CommentStore store, Bans bans, AuditLog audit, ClientKeys keys, ReplyNotifier replies, Clock clock) {
        this.store = store;
        this.replies = replies;
        this.keys = keys;
        this.bans = bans;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Applies the action to each comment that is in a state it applies to; approving a published
     * comment dismisses its reports.
     *
     * @return how many comments changed
     */
    @Transactional
    public int decide(List<Long> ids, Action action, String reason, StaffMember by, String address) {
        requireModerator(by);
        String note = reason == null ? "" : reason.strip();
        if (action.needsReason() && note.isEmpty()) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "Reddetmek için bir neden yazın.");
        }
        if (note.length() > MAX_REASON) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "Neden en fazla " + MAX_REASON + " karakter olabilir.");
        }
        if (ids.isEmpty()) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "Önce en az bir yorum seçin.");
        }
        Instant now = clock.instant();
        int changed = 0;
        for (Comment comment : store.find(ids)) {
            if (!action.from.contains(comment.status())) {
                continue;
            }
            boolean moved = comment.status() == action.to
                || store.decide(comment.id(), action.from, action.to, by.email(), note, now);
            if (moved) {
                store.resolveReports(comment.id(), now);
                audit.record(by.id(), by.email(), "comment." + action.name().toLowerCase(), "yorum #" + comment.id(),
                    note, address);
                if (action.to == CommentStatus.PUBLISHED && !comment.published()) {
                    replies.published(comment);
                }
                changed++;
            }
        }
        return changed;
    }

    /** Bans the commenter of this comment by their commenter key, e-mail or address. */
    @Transactional
    public long ban(long commentId, Ban.Kind kind, BanLength length, String reason, StaffMember by, String address) {
        requireModerator(by);
        String note = reason == null ? "" : reason.strip();
        if (note.isEmpty() || note.length() > MAX_REASON) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "Engelleme için bir neden yazın (en fazla " + MAX_REASON + " karakter).");
        }
        Comment comment = store.find(commentId)
            .orElseThrow(() -> new CommentRefused(HttpStatus.NOT_FOUND, "Yorum bulunamadı."));
        String value = switch (kind) {
            case COMMENTER -> comment.commenter();
            case IP -> comment.ipHash();
            case EMAIL -> {
                if (comment.email() == null) {
                    throw new CommentRefused(HttpStatus.BAD_REQUEST, "Bu yorumda e-posta adresi yok; yorumcuyu ya da IP özetini engelleyin.");
                }
                yield "e:" + keys.emailHash(comment.email());
            }
        };
        if (value == null || value.isBlank()) {
            throw new CommentRefused(HttpStatus.BAD_REQUEST, "Bu yorumun IP özeti saklama süresi dolduğu için silinmiş.");
        }
        Instant until = length.duration == null ? null : clock.instant().plus(length.duration);
        long id = bans.ban(kind, value, note, until, by.email());
        audit.record(by.id(), by.email(), "comment.ban", "yorum #" + commentId,
            kind.label() + ", " + length.label() + ": " + note, address);
        return id;
    }

    @Transactional
    public boolean lift(long banId, StaffMember by, String address) {
        requireModerator(by);
        boolean lifted = bans.lift(banId);
        if (lifted) {
            audit.record(by.id(), by.email(), "comment.unban", "engel #" + banId, "", address);
        }
        return lifted;
    }

    static void requireModerator(StaffMember member) {
        if (!member.role().moderatesComments()) {
            throw new org.springframework.security.access.AccessDeniedException(member.email() + " may not moderate comments");
        }
    }
}
