package tr.manset.reader;

import java.time.Duration;
import java.time.Instant;
import tr.manset.system.time.TurkishTime;

/**
 * One KVKK request as the newsroom's log shows it. The law gives 30 days to answer; requests
 * made in the reader's account are answered at once.
 *
 * @param subject the address with most of it masked
 */
public record KvkkRequest(long id, Kind kind, String subject, String detail, Instant requestedAt, Instant dueAt, Instant doneAt) {

    /** Days the data controller has to answer (KVKK article 13). */
    public static final Duration ANSWER_WITHIN = Duration.ofDays(30);

    public enum Kind {
        EXPORT("Verilerin bir kopyası"),
        ERASURE("Hesabın ve verilerin silinmesi"),
        WITHDRAWAL("Açık rızanın geri alınması");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean done() {
        return doneAt != null;
    }

    /** Still open past its deadline. */
    public boolean overdue(Instant now) {
        return doneAt == null && dueAt.isBefore(now);
    }

    public String requested() {
        return TurkishTime.dateTime(requestedAt);
    }

    public String due() {
        return TurkishTime.dateTime(dueAt);
    }

    public String answered() {
        return doneAt == null ? "" : TurkishTime.dateTime(doneAt);
    }
}
