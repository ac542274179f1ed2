package tr.manset.article;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One block of an article body. Text that may carry inline markup (links, bold, italic) is
 * sanitized when the block is made, so no block can hold unsafe HTML, whatever its origin.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
    @JsonSubTypes.Type(value = Block.Bullets.class, name = "list"),
    @JsonSubTypes.Type(value = Block.Quote.class, name = "quote"),
    @JsonSubTypes.Type(value = Block.Figure.class, name = "figure"),
    @JsonSubTypes.Type(value = Block.Embed.class, name = "embed"),
})
public sealed interface Block {

    /** A paragraph; {@code text} is sanitized inline HTML. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            text = InlineHtml.clean(text);
        }
    }

    /** A subheading (ara başlık); plain text. */
    record Heading(String text) implements Block {
        public Heading {
            text = InlineHtml.plain(text);
        }
    }

    /** A bulleted or numbered list; items are sanitized inline HTML. */
    record Bullets(boolean ordered, List<String> items) implements Block {
        public Bullets {
            items = items == null ? List.of() : items.stream().map(InlineHtml::clean).filter(s -> !s.isBlank()).toList();
        }
    }

    /** A block quote; {@code text} is sanitized inline HTML, {@code cite} plain text and optional. */
    record Quote(String text, String cite) implements Block {
        public Quote {
            text = InlineHtml.clean(text);
            cite = InlineHtml.plain(cite);
        }
    }

    /** An image placed in the body, with its own caption, credit and alt text. */
    record Figure(long imageId, String caption, String credit, String alt) implements Block {
        public Figure {
            caption = InlineHtml.plain(caption);
            credit = InlineHtml.plain(credit);
            alt = InlineHtml.plain(alt);
        }
    }

    /**
     * A post or video from another platform. Pages show it as a link, never load the platform's
     * scripts: readers' visits stay private and pages stay fast.
     */
    record Embed(String url) implements Block {
        public Embed {
            Objects.requireNonNull(url, "url");
            URI uri = URI.create(url.strip());
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException("embed URL must be http(s): " + url);
            }
            url = uri.toString();
        }

        /** The platform's name as readers know it, or the host for anything else. */
        public String provider() {
            String host = URI.create(url).getHost();
            host = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^(www\\.|m\\.)", "");
            return switch (host) {
                case "youtube.com", "youtu.be", "youtube-nocookie.com" -> "YouTube";
                case "x.com", "twitter.com" -> "X";
                case "instagram.com" -> "Instagram";
                default -> host;
            };
        }

        public boolean video() {
            return provider().equals("YouTube");
        }
    }
}
