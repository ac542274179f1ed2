package tr.manset.reader;

import org.springframework.http.HttpStatus;

/** An account action that was not done, with the status to answer and a Turkish message for the reader. */
class AccountRefused extends RuntimeException {

    private final HttpStatus status;

    AccountRefused(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
