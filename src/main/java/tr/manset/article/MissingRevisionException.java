package tr.manset.article;

import java.util.Optional;

/**
 * Restoring a revision that is not in the story's history. Mostly one that was there when the
 * history page was opened and has since been folded into a later one: autosaves by one person
 * within two minutes make one revision (NewsDesk#autosave).
 */
public class MissingRevisionException extends RuntimeException {

    private final int version;
    private final Integer foldedInto;

    MissingRevisionException(long articleId, int version, Integer foldedInto) {
        super("story " + articleId + " has no revision " + version, null, false, false);
        this.version = version;
        this.foldedInto = foldedInto;
    }

    public int version() {
        return version;
    }

    /** The revision that now holds the asked-for one's place in the history, if it was folded away. */
    public Optional<Integer> foldedInto() {
        return Optional.ofNullable(foldedInto);
    }
}
