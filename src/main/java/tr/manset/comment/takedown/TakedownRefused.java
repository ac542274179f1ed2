package tr.manset.comment.takedown;

/** A step on a removal request that the rules do not allow now; the message is for the moderator. */
class TakedownRefused extends RuntimeException {

    private final int status;

    TakedownRefused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
