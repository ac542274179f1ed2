package tr.manset.pages;

/** A save based on a version someone else has saved over in the meantime: nothing was written. */
public class StaleEditException extends RuntimeException {

    StaleEditException(String what) {
        super(what + " was saved by someone else in the meantime", null, false, false);
    }
}
