package tr.manset.system.web;

/** Thrown when what the address named existed and was withdrawn: readers get the 410 page. */
public class GoneException extends RuntimeException {

    public GoneException(String what) {
        super(what, null, false, false);
    }
}
