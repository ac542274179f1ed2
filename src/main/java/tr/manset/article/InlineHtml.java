package tr.manset.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** The allowlist for text inside body blocks: links, bold, italic and line breaks, nothing else. */
final class InlineHtml {

    private static final Safelist INLINE = new Safelist()
        .addTags("a", "b", "strong", "i", "em", "br")
        .addAttributes("a", "href")
        .addProtocols("a", "href", "http", "https", "mailto")
        .addEnforcedAttribute("a", "rel", "noopener");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private InlineHtml() {}

    static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html.strip(), "", INLINE, COMPACT).strip();
    }

    /** Markup removed, entities decoded: the text a reader would see. Templates escape it again on output. */
    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parseBodyFragment(html).text().strip();
    }
}
