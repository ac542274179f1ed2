package tr.manset.comment;

import org.springframework.http.HttpStatus;

/**
 * A comment, vote or report the site does not take, with the Turkish message the reader sees
 * and the status code it answers with. Nothing is stored.
 */
public class CommentRefused extends RuntimeException {

    private final HttpStatus status;

    public CommentRefused(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
