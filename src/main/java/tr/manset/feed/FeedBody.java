package tr.manset.feed;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tr.manset.article.Block;
import tr.manset.article.Body;
import tr.manset.media.Image;
import tr.manset.system.SiteProperties;

/**
 * A story's body as HTML for a feed entry. It starts from the article module's own HTML of the
 * body (already sanitized) and turns what only the site can show into what any feed reader can:
 * images with absolute addresses, embeds as plain links.
 */
final class FeedBody {

    /** Wide enough for a reader's column, the size the article page's body images start from. */
    private static final int IMAGE_WIDTH = 800;

    private FeedBody() {}

    static String html(Body body, Map<Long, Image> images, SiteProperties site) {
        Document document = Jsoup.parseBodyFragment(body.toEditorHtml());
        document.outputSettings().prettyPrint(false);
        for (Element figure : document.select("figure[data-image-id]")) {
            Image image = images.get(Long.parseLong(figure.attr("data-image-id")));
            if (image == null) {
                figure.remove();
            } else {
                figure.replaceWith(figure(image, figure, site));
            }
        }
        for (Element embed : document.select("figure[data-embed]")) {
            Block.Embed post = new Block.Embed(embed.attr("data-embed"));
            Element paragraph = new Element("p");
            paragraph.appendElement("a").attr("href", post.url()).text(post.provider() + " içeriği: " + post.url());
            embed.replaceWith(paragraph);
        }
        document.select("[data-paragraph]").removeAttr("data-paragraph");
        return document.body().html();
    }

    /** The editor's figure (caption and credit in spans) as an image with its caption. */
    private static Element figure(Image image, Element editorFigure, SiteProperties site) {
        int width = variant(image, IMAGE_WIDTH);
        Element figure = new Element("figure");
        figure.appendElement("img")
            .attr("src", site.absolute(image.url(width)))
            .attr("width", Integer.toString(width))
            .attr("height", Integer.toString(image.heightAt(width)))
            .attr("alt", editorFigure.attr("data-alt"));
        String caption = editorFigure.select(".caption").text();
        String credit = editorFigure.select(".credit").text();
        String text = caption.isEmpty() || credit.isEmpty() ? caption + credit : caption + " (" + credit + ")";
        if (!text.isEmpty()) {
            figure.appendElement("figcaption").text(text);
        }
        return figure;
    }

    /** The stored width {@link Image#urlFor} picks for a wanted width: the smallest not narrower, else the widest. */
    static int variant(Image image, int wanted) {
        return image.variants().stream().filter(w -> w >= wanted).findFirst().orElse(image.variants().getLast());
    }
}
