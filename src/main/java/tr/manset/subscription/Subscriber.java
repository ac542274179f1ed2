package tr.manset.subscription;

import java.time.Instant;

/** An address that asked for list mail, and where it stands. */
record Subscriber(long id, String email, Status status, String secret, Instant createdAt, Instant confirmedAt,
                  Instant unsubscribedAt) {

    enum Status { PENDING, CONFIRMED, UNSUBSCRIBED }

    boolean confirmed() {
        return status == Status.CONFIRMED;
    }
}
