package tr.manset.comment;

import java.time.Instant;

/** A commenter who may not comment, by commenter key, e-mail hash or address hash; for good when until is null. */
public record Ban(long id, Kind kind, String value, String reason, Instant createdAt, String createdBy,
                  Instant until, Instant liftedAt) {

    public enum Kind {
        COMMENTER("Yorumcu"),
        EMAIL("E-posta"),
        IP("IP adresi (özet)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean activeAt(Instant now) {
        return liftedAt == null && (until == null || until.isAfter(now));
    }
}
