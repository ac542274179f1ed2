package tr.manset.article;

import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An article body: a list of safe blocks, stored as JSON. */
public record Body(List<Block> blocks) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {};

    public Body {
        blocks = List.copyOf(blocks);
    }

    public static Body of(Block... blocks) {
        return new Body(List.of(blocks));
    }

    public static Body fromJson(String json) {
        try {
            return new Body(JSON.readValue(json, BLOCKS));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("article body is not valid: " + e.getOriginalMessage(), e);
        }
    }

    /** A body from what the newsroom's editor posts: HTML, reduced to safe blocks. */
    public static Body fromEditorHtml(String html) {
        return BodyHtml.fromHtml(html);
    }

    /** The HTML the newsroom's editor starts from. */
    public String toEditorHtml() {
        return BodyHtml.toHtml(this);
    }

    public String toJson() {
        return JSON.writerFor(BLOCKS).writeValueAsString(blocks);
    }

    public Stream<Long> imageIds() {
        return blocks.stream()
            .filter(Block.Figure.class::isInstance)
            .map(b -> ((Block.Figure) b).imageId());
    }

    /** Words in the body, for reading time. */
    public int wordCount() {
        return blocks.stream()
            .mapToInt(b -> switch (b) {
                case Block.Paragraph p -> words(InlineHtml.plain(p.text()));
                case Block.Heading h -> words(h.text());
                case Block.Bullets l -> l.items().stream().mapToInt(i -> words(InlineHtml.plain(i))).sum();
                case Block.Quote q -> words(InlineHtml.plain(q.text()));
                case Block.Figure f -> 0;
                case Block.Embed e -> 0;
            })
            .sum();
    }

    /** The text a reader reads, without markup: paragraphs, subheadings, list items, quotes and captions. */
    public String plainText() {
        return blocks.stream()
            .map(b -> switch (b) {
                case Block.Paragraph p -> InlineHtml.plain(p.text());
                case Block.Heading h -> h.text();
                case Block.Bullets l -> String.join("\n", l.items().stream().map(InlineHtml::plain).toList());
                case Block.Quote q -> InlineHtml.plain(q.text()) + (q.cite().isEmpty() ? "" : " " + q.cite());
                case Block.Figure f -> f.caption();
                case Block.Embed e -> "";
            })
            .filter(text -> !text.isBlank())
            .collect(java.util.stream.Collectors.joining("\n\n"));
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
