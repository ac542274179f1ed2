package tr.manset;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import tr.manset.article.Article;
import tr.manset.article.Articles;
import tr.manset.article.Block;
import tr.manset.article.Body;
import tr.manset.article.Content;
import tr.manset.comment.CommentMode;
import tr.manset.article.HeroImage;
import tr.manset.article.Tag;
import tr.manset.author.Author;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.media.Image;
import tr.manset.media.Images;
import tr.manset.system.text.TurkishText;

/** Valid content for tests, made through the application's own services. */
@TestComponent
public class SiteFixtures {

    private final Categories categories;
    private final Authors authors;
    private final Articles articles;
    private final Images images;

    SiteFixtures(Categories categories, Authors authors, Articles articles, Images images) {
        this.categories = categories;
        this.authors = authors;
        this.articles = articles;
        this.images = images;
    }

    /** The category with this name, created on first use. */
    public Category category(String name) {
        return categories.bySlug(TurkishText.slug(name))
            .orElseGet(() -> categories.create(name, name + " alanındaki son gelişmeler.", categories.all().size() + 1));
    }

    /** The author with this name, created on first use with a photo and a bio. */
    public Author author(String name, String title) {
        return authors.bySlug(TurkishText.slug(name))
            .orElseGet(() -> authors.create(name, title, name + " on yıldır haber merkezimizde çalışıyor.", image(300, 300)));
    }

    public Image image(int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x1d3557), width, height, new Color(0xe63946)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return images.store(picture, "Deneme görseli", "", "");
    }

    public Draft story(String headline) {
        return new Draft(headline);
    }

    /** A story to be published, with sensible defaults for everything not named. */
    public final class Draft {
        private final String headline;
        private String spot = "Haberin özeti burada yer alıyor ve okura ne olduğunu iki cümlede anlatıyor.";
        private Category category;
        private final List<Author> byline = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private String source = "Manşet Haber Merkezi";
        private Body body = Body.of(new Block.Paragraph("Haberin ilk paragrafı."));
        private boolean hero = true;
        private Instant publishedAt;
        private Instant updatedAt;
        private CommentMode comments = CommentMode.OPEN;

        private Draft(String headline) {
            this.headline = headline;
        }

        public Draft spot(String value) { spot = value; return this; }
        public Draft in(Category value) { category = value; return this; }
        public Draft by(Author... value) { byline.addAll(List.of(value)); return this; }
        public Draft tagged(String... names) { tags.addAll(List.of(names)); return this; }
        public Draft source(String value) { source = value; return this; }
        public Draft body(Block... blocks) { body = Body.of(blocks); return this; }
        public Draft withoutHero() { hero = false; return this; }
        public Draft publishedAt(Instant value) { publishedAt = value; return this; }
        public Draft updatedAt(Instant value) { updatedAt = value; return this; }
        public Draft comments(CommentMode value) { comments = value; return this; }

        /** Stores the story as published, at the given time or now. */
        public Article publish() {
            Article draft = toDraft();
            return articles.importPublished(draft, publishedAt != null ? publishedAt : draft.createdAt(), updatedAt);
        }

        /** Stores the story as a draft readers cannot see. */
        public Article saveAsDraft() {
            return articles.create(toDraft());
        }

        private Article toDraft() {
            Category where = category != null ? category : category("Gündem");
            List<Author> who = byline.isEmpty() ? List.of(author("Deniz Yılmaz", "Editör")) : byline;
            List<Tag> tagged = tags.stream().map(articles::tag).toList();
            HeroImage heroImage = hero
                ? new HeroImage(image(1200, 675).id(), "Görselin açıklaması", "Fotoğraf: Manşet", "Görselin kısa tarifi")
                : null;
            Article draft = Article.draft(headline, spot, body, where.id(), who.stream().map(Author::id).toList(),
                tagged, source, heroImage, Instant.now());
            Content content = draft.content();
            return draft.edited(new Content(content.headline(), content.spot(), content.body(), content.categoryId(),
                content.authorIds(), content.tags(), content.source(), content.hero(), content.leadRank(), comments),
                draft.createdAt());
        }
    }
}
