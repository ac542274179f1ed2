package tr.manset.comment.takedown;

import java.time.Duration;
import java.time.Instant;
import tr.manset.system.time.TurkishTime;

/**
 * A request to remove a reader comment, as recorded, and what became of it.
 *
 * @param commentId the comment's number as the requester gave it, or null when only a URL was given
 * @param url the address the requester named, or ""
 * @param receivedAt when the request reached the newsroom: the answer period runs from here
 * @param recordedBy the name of the staff member who recorded it
 * @param decision null until decided
 * @param carriedOutAt when an accepted request was carried out (the comment removed), or null
 */
public record Takedown(long id, String requester, String contact, Long commentId, String url, String reason,
                       Instant receivedAt, Instant recordedAt, String recordedBy,
                       Decision decision, String decisionNote, Instant decidedAt, String decidedBy,
                       Instant carriedOutAt, String carriedOutBy) {

    /** Law 5651 art. 9: the request is answered within 24 hours of receipt. */
    public static final Duration ANSWER_WITHIN = Duration.ofHours(24);

    public Instant deadline() {
        return receivedAt.plus(ANSWER_WITHIN);
    }

    /** Still needs work: not yet decided, or accepted but not yet carried out. */
    public boolean open() {
        return decision == null || (decision == Decision.ACCEPTED && carriedOutAt == null);
    }

    public boolean decided() {
        return decision != null;
    }

    public boolean awaitsRemoval() {
        return decision == Decision.ACCEPTED && carriedOutAt == null;
    }

    /** "Yorum #42 · https://…", what the request is about. */
    public String target() {
        return target(commentId, url);
    }

    static String target(Long commentId, String url) {
        String comment = commentId == null ? "" : "Yorum #" + commentId;
        if (url == null || url.isEmpty()) {
            return comment;
        }
        return comment.isEmpty() ? url : comment + " · " + url;
    }

    public String stage() {
        return stage(decision, carriedOutAt);
    }

    static String stage(Decision decision, Instant carriedOutAt) {
        if (decision == null) {
            return "Karar bekliyor";
        }
        if (decision == Decision.REJECTED) {
            return "Reddedildi";
        }
        return carriedOutAt == null ? "Kabul edildi, uygulanmadı" : "Kabul edildi, uygulandı";
    }

    public String path() {
        return "/yonetim/moderasyon/kaldirma/" + id;
    }

    public String receivedText() {
        return TurkishTime.dateTime(receivedAt);
    }

    public String deadlineText() {
        return TurkishTime.dateTime(deadline());
    }

    public String recordedText() {
        return TurkishTime.dateTime(recordedAt);
    }

    public String decidedText() {
        return TurkishTime.dateTime(decidedAt);
    }

    public String carriedOutText() {
        return TurkishTime.dateTime(carriedOutAt);
    }
}
