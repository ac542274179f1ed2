package tr.manset.audit;

import java.time.Instant;
import tr.manset.system.time.TurkishTime;

/**
 * One recorded change.
 *
 * @param staffId who did it, or null for the system itself (the scheduler) or an unknown sign-in
 * @param actor the name or e-mail shown for who did it
 * @param action what happened, such as "article.publish" or "signin.failed"
 * @param subject what it happened to, such as "article:42"
 * @param address the client's IP address, or "" for the system
 */
public record AuditEntry(long id, Instant at, Long staffId, String actor, String action, String subject,
                         String detail, String address) {

    public String when() {
        return TurkishTime.dateTime(at);
    }
}
