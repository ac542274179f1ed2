package tr.manset.article.newsroom;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tr.manset.article.Article;
import tr.manset.article.Body;
import tr.manset.comment.CommentMode;
import tr.manset.article.Content;
import tr.manset.article.HeroImage;
import tr.manset.article.Tag;

/**
 * The editor form as posted: every field as the browser sent it, checked before it becomes
 * {@link Content}. Field names are the form's input names.
 */
public record StoryForm(String headline, String spot, String body, Long categoryId, String tags, List<Long> authorIds,
                        String source, Long heroImageId, String heroCaption, String heroCredit, String heroAlt,
                        Integer leadRank, CommentMode commentMode, Integer version) {

    static final int HEADLINE_MAX = 200;
    static final int SPOT_MAX = 600;
    static final int SOURCE_MAX = 200;
    static final int BODY_MAX = 300_000;
    static final int TAGS_MAX = 20;

    public StoryForm {
        headline = headline == null ? "" : headline.strip();
        spot = spot == null ? "" : spot.strip();
        body = body == null ? "" : body;
        tags = tags == null ? "" : tags;
        authorIds = authorIds == null ? List.of() : authorIds.stream().filter(Objects::nonNull).distinct().toList();
        source = source == null ? "" : source.strip();
        heroCaption = heroCaption == null ? "" : heroCaption.strip();
        heroCredit = heroCredit == null ? "" : heroCredit.strip();
        heroAlt = heroAlt == null ? "" : heroAlt.strip();
        commentMode = commentMode == null ? CommentMode.OPEN : commentMode;
    }

    static StoryForm empty() {
        return new StoryForm("", "", "", null, "", List.of(), "", null, "", "", "", null, CommentMode.OPEN, null);
    }

    static StoryForm of(Article story) {
        return new StoryForm(story.headline(), story.spot(), story.body().toEditorHtml(), story.categoryId(),
            String.join(", ", story.tags().stream().map(Tag::name).toList()), story.authorIds(), story.source(),
            story.hero() == null ? null : story.hero().imageId(),
            story.hero() == null ? "" : story.hero().caption(),
            story.hero() == null ? "" : story.hero().credit(),
            story.hero() == null ? "" : story.hero().alt(),
            story.leadRank(), story.commentMode(), story.version());
    }

    List<String> tagNames() {
        return Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** Problems by field name, in Turkish, checked against what exists; empty when the form is fine. */
    public Map<String, String> problems(tr.manset.category.Categories categories, tr.manset.author.Authors authors,
                                        tr.manset.media.Images images) {
        return problems(categoryId != null && categories.byId(categoryId).isPresent(),
            !authorIds.isEmpty() && authors.byIds(authorIds).size() == authorIds.size(),
            heroImageId == null || images.byId(heroImageId).isPresent());
    }

    /** Problems by field name, in Turkish, in the order of the form; empty when the form is fine. */
    Map<String, String> problems(boolean categoryExists, boolean authorsExist, boolean heroExists) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (headline.isEmpty()) {
            problems.put("headline", "Başlık boş olamaz.");
        } else if (headline.length() > HEADLINE_MAX) {
            problems.put("headline", "Başlık en fazla " + HEADLINE_MAX + " karakter olabilir (şu an " + headline.length() + ").");
        }
        if (spot.length() > SPOT_MAX) {
            problems.put("spot", "Özet en fazla " + SPOT_MAX + " karakter olabilir (şu an " + spot.length() + ").");
        }
        if (body.length() > BODY_MAX) {
            problems.put("body", "Haber metni çok uzun.");
        }
        if (categoryId == null || !categoryExists) {
            problems.put("categoryId", "Bir kategori seçin.");
        }
        if (authorIds.isEmpty() || !authorsExist) {
            problems.put("authorIds", "En az bir yazar seçin.");
        }
        if (source.length() > SOURCE_MAX) {
            problems.put("source", "Kaynak en fazla " + SOURCE_MAX + " karakter olabilir.");
        }
        if (tagNames().size() > TAGS_MAX || tagNames().stream().anyMatch(t -> t.length() > 60)) {
            problems.put("tags", "En fazla " + TAGS_MAX + " etiket yazın; her biri en fazla 60 karakter olsun.");
        }
        if (heroImageId != null && !heroExists) {
            problems.put("heroImageId", "Bu numarada bir görsel yok.");
        } else if (heroImageId != null && heroAlt.isEmpty()) {
            problems.put("heroAlt", "Ana görsel için görme engelli okurlara ne gösterdiğini anlatan bir metin yazın.");
        }
        if (leadRank != null && (leadRank < 1 || leadRank > 20)) {
            problems.put("leadRank", "Manşet sırası 1 ile 20 arasında olmalı.");
        }
        return problems;
    }

    public Content toContent(Function<String, Tag> tagNamed) {
        HeroImage hero = heroImageId == null ? null : new HeroImage(heroImageId, heroCaption, heroCredit, heroAlt);
        return new Content(headline, spot, Body.fromEditorHtml(body), categoryId, authorIds,
            tagNames().stream().map(tagNamed).toList(), source, hero, leadRank, commentMode);
    }
}
