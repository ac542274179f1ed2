package tr.manset.subscription;

import tr.manset.article.Teaser;
import tr.manset.system.SiteProperties;

/**
 * A story in a mailing, as it was when the mailing was made.
 *
 * @param url absolute address of the story
 * @param imageUrl absolute address of its picture, or "" for none
 */
public record MailingItem(String label, String headline, String spot, String url, String imageUrl, String imageAlt) {

    static MailingItem of(Teaser teaser, SiteProperties site) {
        return new MailingItem(teaser.category().label(), teaser.headline(), teaser.spot(), site.absolute(teaser.path()),
            teaser.hasImage() ? site.absolute(teaser.image().urlFor(600)) : "", teaser.hasImage() ? teaser.imageAlt() : "");
    }

    public boolean hasImage() {
        return imageUrl != null && !imageUrl.isEmpty();
    }
}
