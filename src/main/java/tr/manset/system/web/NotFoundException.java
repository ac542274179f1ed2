package tr.manset.system.web;

/** Thrown by a controller when what the address names does not exist: readers get the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what, null, false, false);
    }
}
