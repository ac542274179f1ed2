package tr.manset.article;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a body into the HTML the newsroom editor works on, and the HTML the editor (or a paste from Word
 * or a web page) sends back into blocks. The blocks sanitize their own text; this class only finds the
 * structure, and drops what has no place in a story.
 */
final class BodyHtml {

    /** Marks a paragraph that reads like a list item or an embed address but is meant as plain text. */
    private static final String KEEP_PARAGRAPH = "data-paragraph";

    private static final Set<String> BLOCKS = Set.of(
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private static final Set<String> DROPPED = Set.of(
        "applet", "area", "audio", "base", "button", "canvas", "embed", "frame", "frameset", "head", "iframe",
        "img", "input", "link", "map", "math", "meta", "noscript", "o:p", "object", "option", "param", "picture",
        "script", "select", "source", "style", "svg", "template", "textarea", "title", "track", "video", "xml");

    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    private static final Pattern BARE_URL = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern ALLOWED_HREF =
        Pattern.compile("^(https?|mailto):.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    // Typed or pasted bullets that nobody writes at the start of a sentence.
    private static final Pattern TEXT_BULLET = Pattern.compile("^[\\s\\u00a0]*[•·][\\s\\u00a0]+");
    // Word writes its list markers as text when the marker span is lost; "o" and "-" count only in Word lists,
    // as Turkish sentences start with "o" and interviews with "- ".
    private static final Pattern WORD_MARKER = Pattern.compile(
        "^[\\s\\u00a0]*([•·▪◦§o\\-–\\uf0a7\\uf0b7\\uf0d8]|\\(?[0-9]{1,3}[.)]|\\(?[a-zA-Z]{1,4}[.)])[\\s\\u00a0]+");
    private static final Pattern ORDERED_MARKER = Pattern.compile("\\(?([0-9]{1,3}|[a-zA-Z]{1,4})[.)]");

    private BodyHtml() {}

    static String toHtml(Body body) {
        Element root = document().body();
        return body.blocks().stream()
            .map(block -> element(root, block).outerHtml())
            .collect(Collectors.joining("\n"));
    }

    static Body fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return new Body(List.of());
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Reader reader = new Reader();
        reader.tidy(document.body());
        reader.read(document.body());
        return new Body(reader.blocks);
    }

    private static Document document() {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        return document;
    }

    private static Element element(Element root, Block block) {
        return switch (block) {
            case Block.Paragraph p -> {
                Element paragraph = root.appendElement("p").html(p.text());
                boolean misread = readsAsBullet(paragraph.text()) || bareEmbed(p.text()) != null;
                yield misread ? paragraph.attr(KEEP_PARAGRAPH, "") : paragraph;
            }
            case Block.Heading h -> root.appendElement("h2").text(h.text());
            case Block.Bullets l -> {
                Element list = root.appendElement(l.ordered() ? "ol" : "ul");
                l.items().forEach(item -> list.appendElement("li").html(item));
                yield list;
            }
            case Block.Quote q -> {
                Element quote = root.appendElement("blockquote");
                quote.appendElement("p").html(q.text());
                if (!q.cite().isEmpty()) {
                    quote.appendElement("cite").text(q.cite());
                }
                yield quote;
            }
            case Block.Figure f -> {
                Element figure = root.appendElement("figure")
                    .attr("data-image-id", Long.toString(f.imageId()))
                    .attr("data-alt", f.alt());
                Element caption = figure.appendElement("figcaption");
                caption.appendElement("span").addClass("caption").text(f.caption());
                caption.appendElement("span").addClass("credit").text(f.credit());
                yield figure;
            }
            case Block.Embed e -> root.appendElement("figure").attr("data-embed", e.url());
        };
    }

    /** Walks the parsed HTML once; holds the blocks made so far and the inline run not yet a paragraph. */
    private static final class Reader {

        final List<Block> blocks = new ArrayList<>();
        private final List<Node> run = new ArrayList<>();
        // Word list paragraphs whose marker span was found and removed: true when the marker was a number.
        private final Map<Element, Boolean> wordItems = new IdentityHashMap<>();

        /** Removes what never reaches a story and unwraps what only styles text. */
        void tidy(Element root) {
            List<Node> dropped = new ArrayList<>();
            for (Element element : root.getAllElements()) {
                if (element != root && DROPPED.contains(element.normalName())) {
                    dropped.add(element);
                }
                element.childNodes().stream().filter(Comment.class::isInstance).forEach(dropped::add);
            }
            dropped.forEach(Node::remove);
            for (Element marker : root.select("span[style]")) {
                if (marker.attr("style").toLowerCase(Locale.ROOT).replace(" ", "").contains("mso-list:ignore")) {
                    Element paragraph = marker.closest("p");
                    if (paragraph != null) {
                        wordItems.put(paragraph, ORDERED_MARKER.matcher(marker.text().strip()).lookingAt());
                    }
                    marker.remove();
                }
            }
            for (Element element : root.getAllElements()) {
                String name = element.normalName();
                boolean wrapper = name.equals("font") || name.contains(":")
                    || name.equals("span") && element.closest("figure") == null;
                boolean deadLink = name.equals("a") && (element.hasAttr("href")
                    ? !ALLOWED_HREF.matcher(element.attr("href").strip()).matches()
                    : element.hasAttr("name") || element.hasAttr("id"));
                if (element != root && (wrapper || deadLink)) {
                    element.unwrap();
                }
            }
            // Unwrapping leaves "•" and "\u00a0text" side by side; joined, a marker is found in one text.
            for (Element element : root.getAllElements()) {
                List<Node> nodes = element.childNodes();
                for (int i = nodes.size() - 1; i > 0; i--) {
                    if (nodes.get(i) instanceof TextNode next && nodes.get(i - 1) instanceof TextNode text) {
                        text.text(text.getWholeText() + next.getWholeText());
                        next.remove();
                    }
                }
            }
        }

        void read(Element container) {
            List<Node> children = container.childNodes();
            for (int i = 0; i < children.size(); i++) {
                Node node = children.get(i);
                if (node instanceof Element element && blockish(element)) {
                    flush();
                    if (listItem(element)) {
                        i = readListParagraphs(children, i);
                    } else {
                        block(element);
                    }
                    flush();
                } else if (node instanceof Element element && element.nameIs("br")) {
                    lineBreak(element);
                } else {
                    run.add(node);
                }
            }
            flush();
        }

        private void block(Element element) {
            String name = element.normalName();
            if (name.equals("p")) {
                paragraph(element.html(), !element.hasAttr(KEEP_PARAGRAPH));
            } else if (HEADING.matcher(name).matches()) {
                add(new Block.Heading(Entities.escape(element.text())));
            } else if (name.equals("ul") || name.equals("ol")) {
                List<String> items = new ArrayList<>();
                collectItems(element, items);
                add(new Block.Bullets(name.equals("ol"), items));
            } else if (name.equals("blockquote")) {
                quote(element);
            } else if (name.equals("figure") && element.hasAttr("data-image-id")) {
                figure(element);
            } else if (name.equals("figure") && element.hasAttr("data-embed")) {
                embed(element.attr("data-embed"));
            } else if (!name.equals("hr")) {
                read(element);
            }
        }

        /** A {@code <br><br>} in loose text ends a paragraph, as it does on the page it came from. */
        private void lineBreak(Element br) {
            int last = run.size() - 1;
            while (last >= 0 && run.get(last) instanceof TextNode text && text.isBlank()) {
                last--;
            }
            if (last < 0) {
                run.clear();
            } else if (run.get(last) instanceof Element previous && previous.nameIs("br")) {
                run.subList(last, run.size()).clear();
                flush();
            } else {
                run.add(br);
            }
        }

        private void flush() {
            StringBuilder html = new StringBuilder();
            run.forEach(node -> html.append(node.outerHtml()));
            run.clear();
            paragraph(html.toString(), true);
        }

        private void paragraph(String html, boolean mayBeEmbed) {
            Block.Embed embed = mayBeEmbed ? bareEmbed(html) : null;
            if (embed != null) {
                blocks.add(embed);
            } else {
                add(new Block.Paragraph(inlineText(html)));
            }
        }

        private boolean listItem(Element element) {
            if (!element.nameIs("p") || element.hasAttr(KEEP_PARAGRAPH)) {
                return false;
            }
            return wordItems.containsKey(element) || wordList(element) || readsAsBullet(element.text());
        }

        /** Consecutive list paragraphs, as Word and plain-text bullets give them, become one list. */
        private int readListParagraphs(List<Node> siblings, int first) {
            List<String> items = new ArrayList<>();
            Boolean ordered = null;
            int last = first;
            for (int i = first; i < siblings.size(); i++) {
                Node node = siblings.get(i);
                if (node instanceof TextNode text && text.isBlank()) {
                    continue;
                }
                if (!(node instanceof Element element && listItem(element))) {
                    break;
                }
                boolean numbered = wordItems.getOrDefault(element, false);
                Matcher marker = textMarker(element);
                if (marker != null) {
                    numbered = ORDERED_MARKER.matcher(marker.group().strip()).lookingAt();
                }
                if (ordered != null && ordered != numbered) {
                    break;
                }
                if (marker != null) {
                    TextNode text = firstText(element);
                    text.text(text.getWholeText().substring(marker.end()));
                }
                ordered = numbered;
                item(items, element.html());
                last = i;
            }
            add(new Block.Bullets(ordered, items));
            return last;
        }

        /** The list marker written as text at the start of an item, unless Word's marker span was found. */
        private Matcher textMarker(Element item) {
            TextNode text = firstText(item);
            if (wordItems.containsKey(item) || text == null) {
                return null;
            }
            Matcher matcher = (wordList(item) ? WORD_MARKER : TEXT_BULLET).matcher(text.getWholeText());
            return matcher.lookingAt() ? matcher : null;
        }

        private void collectItems(Element list, List<String> items) {
            for (Element child : list.children()) {
                if (child.nameIs("ul") || child.nameIs("ol")) {
                    collectItems(child, items);
                    continue;
                }
                List<Element> nested = outermost(child, "ul", "ol");
                nested.forEach(Node::remove);
                item(items, inline(child));
                nested.forEach(n -> collectItems(n, items));
            }
        }

        private void quote(Element quote) {
            Optional<String> post = quote.hasClass("twitter-tweet") ? postLink(quote) : Optional.empty();
            if (post.isPresent()) {
                embed(post.get());
                return;
            }
            String cite = "";
            for (Element child : quote.children()) {
                if (child.nameIs("cite") || child.nameIs("footer")) {
                    cite = child.text();
                    child.remove();
                    break;
                }
            }
            add(new Block.Quote(inlineText(inline(quote)), Entities.escape(cite)));
        }

        /** X's embed code is a blockquote with the post's text and, last, a link to the post. */
        private static Optional<String> postLink(Element quote) {
            return quote.select("a[href*='/status/']").stream()
                .map(a -> a.attr("href"))
                .reduce((first, second) -> second);
        }

        private void figure(Element figure) {
            String id = figure.attr("data-image-id").strip();
            if (!IMAGE_ID.matcher(id).matches() || Long.parseLong(id) == 0) {
                return;
            }
            Element caption = figure.selectFirst(".caption");
            Element credit = figure.selectFirst(".credit");
            String captionText = caption != null ? caption.text() : "";
            if (caption == null && figure.selectFirst("figcaption") != null) {
                Element figcaption = figure.selectFirst("figcaption").clone();
                figcaption.select(".credit").remove();
                captionText = figcaption.text();
            }
            blocks.add(new Block.Figure(
                Long.parseLong(id),
                Entities.escape(captionText),
                Entities.escape(credit != null ? credit.text() : ""),
                Entities.escape(figure.attr("data-alt"))));
        }

        private void embed(String url) {
            try {
                blocks.add(new Block.Embed(url));
            } catch (IllegalArgumentException notAWebAddress) {
                // An embed of a javascript: or broken address is not worth keeping; the rest of the body is.
            }
        }

        private static void item(List<String> items, String html) {
            if (visible(html)) {
                items.add(inlineText(html));
            }
        }

        /** Adds a block unless it shows nothing: an empty paragraph, heading, list or quote. */
        private void add(Block block) {
            boolean shows = switch (block) {
                case Block.Paragraph p -> visible(p.text());
                case Block.Heading h -> !h.text().isBlank();
                case Block.Bullets l -> !l.items().isEmpty();
                case Block.Quote q -> visible(q.text());
                case Block.Figure f -> true;
                case Block.Embed e -> true;
            };
            if (shows) {
                blocks.add(block);
            }
        }
    }

    private static boolean wordList(Element paragraph) {
        boolean listClass = paragraph.classNames().stream()
            .anyMatch(c -> c.toLowerCase(Locale.ROOT).startsWith("msolist"));
        String style = paragraph.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return listClass || style.contains("mso-list:") && !style.contains("mso-list:ignore");
    }

    private static boolean readsAsBullet(String text) {
        return TEXT_BULLET.matcher(text).lookingAt();
    }

    /** A paragraph that holds nothing but a YouTube or X address is meant as that post, shown as an embed. */
    private static Block.Embed bareEmbed(String html) {
        String text = InlineHtml.plain(html);
        if (!BARE_URL.matcher(text).matches()) {
            return null;
        }
        try {
            Block.Embed embed = new Block.Embed(text);
            return embed.provider().equals("YouTube") || embed.provider().equals("X") ? embed : null;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    /** The inline HTML of an element; where a block inside it ends, a line break stands. */
    private static String inline(Element element) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        lines(element, lines, line);
        lines.add(line.toString());
        return String.join("<br>", lines.stream().filter(BodyHtml::visible).toList());
    }

    private static void lines(Element element, List<String> lines, StringBuilder line) {
        for (Node child : element.childNodes()) {
            if (child instanceof Element inner && blockish(inner)) {
                lines.add(line.toString());
                line.setLength(0);
                lines(inner, lines, line);
                lines.add(line.toString());
                line.setLength(0);
            } else {
                line.append(child.outerHtml());
            }
        }
    }

    private static TextNode firstText(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return text;
            }
            TextNode inner = firstText(child);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static List<Element> outermost(Element root, String... names) {
        List<Element> found = new ArrayList<>();
        for (Element child : root.children()) {
            if (Set.of(names).contains(child.normalName())) {
                found.add(child);
            } else {
                found.addAll(outermost(child, names));
            }
        }
        return found;
    }

    /** A block element, or an inline one wrapped around blocks (a link around a whole teaser). */
    private static boolean blockish(Element element) {
        if (BLOCKS.contains(element.normalName())) {
            return true;
        }
        for (Element inner : element.getAllElements()) {
            if (inner != element && BLOCKS.contains(inner.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sanitized inline HTML without the spaces left where removed markup stood ("Metin <u></u>"), so that
     * a body read back from its own editing HTML is the same body.
     */
    private static String inlineText(String html) {
        return InlineHtml.clean(html).strip();
    }

    /** Whether HTML shows any text; a paragraph of spaces or line breaks is not one. */
    private static boolean visible(String html) {
        return !InlineHtml.plain(html).replace('\u00a0', ' ').isBlank();
    }
}
