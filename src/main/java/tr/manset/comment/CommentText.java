package tr.manset.comment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A comment is plain text. Cleaned on the way in (control characters, runs of blank lines); on the
 * way out escaped, its line breaks kept and its web addresses made links that search engines do
 * not follow.
 */
public final class CommentText {

    static final Pattern LINK = Pattern.compile("\\bhttps?://[^\\s<>\"']+|\\bwww\\.[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);

    private CommentText() {}

    /** Line endings unified, invisible control characters dropped, at most one blank line in a row. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints()
            .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
            .filter(c -> c != '\u200B' && c != '\u2028' && c != '\u2029' && c != '\uFEFF')
            .forEach(out::appendCodePoint);
        return out.toString().replace('\t', ' ').replaceAll("[ ]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    public static int links(String text) {
        Matcher matcher = LINK.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Safe HTML for a comment body: escaped text, {@code <br>} for line breaks, nofollow links. */
    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        Matcher matcher = LINK.matcher(text);
        int from = 0;
        while (matcher.find()) {
            out.append(escape(text.substring(from, matcher.start())));
            String address = trimPunctuation(matcher.group());
            String href = address.regionMatches(true, 0, "www.", 0, 4) ? "https://" + address : address;
            out.append("<a href=\"").append(escape(href)).append("\" rel=\"nofollow ugc noopener\">")
                .append(escape(address)).append("</a>");
            from = matcher.start() + address.length();
        }
        out.append(escape(text.substring(from)));
        return out.toString().replace("\n", "<br>\n");
    }

    /** "a.com/x)." → "a.com/x": punctuation that ends a sentence is not part of the address. */
    private static String trimPunctuation(String address) {
        int end = address.length();
        while (end > 0 && ".,;:!?)]}".indexOf(address.charAt(end - 1)) >= 0) {
            end--;
        }
        return address.substring(0, end);
    }

    /** The five characters HTML gives meaning to, escaped; Turkish letters stay as they are. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Mostly capital letters: at least 12 letters, of which nine in ten are capitals. */
    public static boolean shouting(String text) {
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            }
        }
        return letters >= 12 && capitals * 10 >= letters * 9;
    }
}
