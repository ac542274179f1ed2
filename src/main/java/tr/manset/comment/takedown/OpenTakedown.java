package tr.manset.comment.takedown;

import java.time.Duration;
import java.time.Instant;
import tr.manset.system.time.TurkishTime;

/**
 * A removal request that still needs work, with its answer deadline as of when it was read: what
 * the moderation dashboard shows (fragment {@code moderation/takedown-deadlines.jte}).
 *
 * @param target what the request is about, such as "Yorum #42"
 * @param stage "Karar bekliyor" or "Kabul edildi, uygulanmadı"
 * @param deadline received plus 24 hours
 * @param remaining from when it was read to the deadline; zero or negative once it has passed
 */
public record OpenTakedown(long id, String requester, String target, String stage, Instant receivedAt,
                           Instant deadline, Duration remaining) {

    static OpenTakedown of(Takedown request, Instant now) {
        return new OpenTakedown(request.id(), request.requester(), request.target(), request.stage(),
            request.receivedAt(), request.deadline(), Duration.between(now, request.deadline()));
    }

    public boolean overdue() {
        return remaining.isNegative() || remaining.isZero();
    }

    /** "5 saat 12 dakika kaldı", "40 dakika kaldı", "1 dakikadan az kaldı" or "süresi geçti". */
    public String remainingText() {
        if (overdue()) {
            return "süresi geçti";
        }
        long hours = remaining.toHours();
        long minutes = remaining.toMinutesPart();
        if (hours == 0 && minutes == 0) {
            return "1 dakikadan az kaldı";
        }
        if (hours == 0) {
            return minutes + " dakika kaldı";
        }
        return minutes == 0 ? hours + " saat kaldı" : hours + " saat " + minutes + " dakika kaldı";
    }

    public String receivedText() {
        return TurkishTime.dateTime(receivedAt);
    }

    public String deadlineText() {
        return TurkishTime.dateTime(deadline);
    }

    /** For the time element's datetime attribute. */
    public String deadlineIso() {
        return TurkishTime.iso(deadline);
    }

    public String path() {
        return "/yonetim/moderasyon/kaldirma/" + id;
    }
}
