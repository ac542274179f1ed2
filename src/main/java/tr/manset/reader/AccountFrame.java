package tr.manset.reader;

/**
 * What every page of the account area shows around its content: who is signed in, and the token
 * its forms send back (field {@value #FIELD}).
 */
public record AccountFrame(Reader reader, String formToken) {

    public static final String FIELD = "belirtec";

    public String field() {
        return FIELD;
    }
}
