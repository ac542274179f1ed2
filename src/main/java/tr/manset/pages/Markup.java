package tr.manset.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tr.manset.system.text.FormText;
import tr.manset.system.text.TurkishText;

/**
 * The small markup admins write the site's text pages in: a blank line starts a new paragraph,
 * {@code ## } a heading, {@code - } a list item; {@code **bold**}, {@code [text](address)} and bare
 * {@code https://} addresses inline. The result is a list of typed blocks of plain text that the
 * templates escape like any other text, so nothing an admin types can become HTML.
 */
public final class Markup {

    /** One block of a page. */
    public sealed interface Block permits Paragraph, Heading, Items {}

    public record Paragraph(List<Span> spans) implements Block {}

    /** A section heading; {@code id} makes it linkable ({@code /yayin-ilkeleri#duzeltmeler}). */
    public record Heading(String text, String id) implements Block {}

    public record Items(List<List<Span>> items) implements Block {}

    /** A run of text, a link when {@code href} is not null. */
    public record Span(String text, String href, boolean strong) {

        public boolean link() {
            return href != null;
        }
    }

    private static final Pattern INLINE = Pattern.compile(
        "\\*\\*(?<strong>[^*\\n]+?)\\*\\*"
            + "|\\[(?<label>[^\\]\\n]+)\\]\\((?<target>[^)\\s]+)\\)"
            + "|(?<bare>https://[^\\s<>\"]+)");

    private Markup() {}

    public static List<Block> parse(String source) {
        List<Block> blocks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> paragraph = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String line : FormText.block(source).split("\n", -1)) {
            String text = line.strip();
            if (text.isEmpty()) {
                flush(paragraph, items, blocks);
            } else if (text.startsWith("## ") && !text.substring(3).isBlank()) {
                flush(paragraph, items, blocks);
                String heading = text.substring(3).strip();
                blocks.add(new Heading(heading, uniqueId(heading, ids)));
            } else if (text.startsWith("- ") && !text.substring(2).isBlank()) {
                flushParagraph(paragraph, blocks);
                items.add(text.substring(2).strip());
            } else if (!items.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                // An indented line continues the list item above it.
                items.set(items.size() - 1, items.getLast() + " " + text);
            } else {
                flushItems(items, blocks);
                paragraph.add(text);
            }
        }
        flush(paragraph, items, blocks);
        return List.copyOf(blocks);
    }

    /** Text with links and bold marked; anything that is not a safe link stays text. */
    static List<Span> inline(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher matcher = INLINE.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.group("strong") != null) {
                addText(spans, text.substring(at, matcher.start()));
                spans.add(new Span(matcher.group("strong"), null, true));
                at = matcher.end();
            } else if (matcher.group("label") != null) {
                String href = safeHref(matcher.group("target"));
                if (href != null) {
                    addText(spans, text.substring(at, matcher.start()));
                    spans.add(new Span(matcher.group("label"), href, false));
                    at = matcher.end();
                }
            } else {
                String address = trimTrailingPunctuation(matcher.group("bare"));
                addText(spans, text.substring(at, matcher.start()));
                spans.add(new Span(address, address, false));
                at = matcher.start() + address.length();
            }
        }
        addText(spans, text.substring(at));
        return List.copyOf(spans);
    }

    /**
     * Where a link may point: another site over https, an address on this site, a section of this
     * page, or an e-mail address. Anything else ({@code javascript:}, {@code //host}) is no link.
     */
    static String safeHref(String target) {
        if (target.startsWith("https://") && target.length() > "https://".length()) {
            return target;
        }
        if (target.startsWith("mailto:") && target.indexOf('@') > "mailto:".length()) {
            return target;
        }
        if ((target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\")) || target.startsWith("#")) {
            return target;
        }
        return null;
    }

    private static String trimTrailingPunctuation(String address) {
        int end = address.length();
        while (end > "https://".length() && ".,;:!?)'\"".indexOf(address.charAt(end - 1)) >= 0) {
            end--;
        }
        return address.substring(0, end);
    }

    private static void addText(List<Span> spans, String text) {
        if (!text.isEmpty()) {
            spans.add(new Span(text, null, false));
        }
    }

    private static String uniqueId(String heading, Set<String> taken) {
        String base = TurkishText.slug(heading);
        String id = base.isEmpty() ? "bolum" : base;
        for (int n = 2; !taken.add(id); n++) {
            id = (base.isEmpty() ? "bolum" : base) + "-" + n;
        }
        return id;
    }

    private static void flush(List<String> paragraph, List<String> items, List<Block> blocks) {
        flushParagraph(paragraph, blocks);
        flushItems(items, blocks);
    }

    private static void flushParagraph(List<String> paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(inline(String.join(" ", paragraph))));
            paragraph.clear();
        }
    }

    private static void flushItems(List<String> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Items(items.stream().map(Markup::inline).toList()));
            items.clear();
        }
    }
}
