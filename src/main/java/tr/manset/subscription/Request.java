package tr.manset.subscription;

import java.time.Instant;
import java.util.List;

/** A request to subscribe, waiting for the address's owner to confirm it. */
record Request(long id, long subscriberId, List<String> lists, String consentVersion, Instant createdAt,
               Instant expiresAt, Instant confirmedAt) {

    boolean used() {
        return confirmedAt != null;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
