package tr.manset.subscription;

import org.springframework.http.HttpStatus;

/** A subscription step refused, with the Turkish sentence the reader sees and the status it answers. */
class SubscriptionRefused extends RuntimeException {

    private final HttpStatus status;

    SubscriptionRefused(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
