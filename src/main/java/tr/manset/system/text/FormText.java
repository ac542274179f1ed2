package tr.manset.system.text;

/**
 * Cleans what people type into forms before it is checked and stored: control characters go
 * (PostgreSQL refuses NUL in text, and none of them belongs in a name or a note), and so does
 * surrounding whitespace.
 */
public final class FormText {

    private FormText() {}

    /** One line: every run of whitespace, line breaks included, becomes one space. */
    public static String line(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("[\\p{Cntrl}&&[^\\t\\n\\r]]", "").replaceAll("\\s+", " ").strip();
    }

    /** Several lines: line breaks are kept (as \n), other control characters go. */
    public static String block(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\\t\\n]]", "").strip();
    }

    /** Length in characters as people count them (an emoji is one). */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /** At most {@code max} characters, cut where needed. */
    public static String cut(String value, int max) {
        if (value == null) {
            return "";
        }
        return length(value) <= max ? value : value.substring(0, value.offsetByCodePoints(0, max));
    }
}
