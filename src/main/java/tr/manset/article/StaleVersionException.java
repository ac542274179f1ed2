package tr.manset.article;

/** A save based on a version someone else has already replaced. Carries the newer story. */
public class StaleVersionException extends RuntimeException {

    private final transient Article current;

    StaleVersionException(Article current) {
        super("story " + current.id() + " is at version " + current.version(), null, false, false);
        this.current = current;
    }

    public Article current() {
        return current;
    }
}
