package tr.manset.article;

/** The image at the top of a story, with the caption, credit and alt text written for this story. */
public record HeroImage(long imageId, String caption, String credit, String alt) {

    public HeroImage {
        caption = InlineHtml.plain(caption);
        credit = InlineHtml.plain(credit);
        alt = InlineHtml.plain(alt);
    }
}
