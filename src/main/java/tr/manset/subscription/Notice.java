package tr.manset.subscription;

import java.util.List;

/**
 * A reader page that tells what happened (or what went wrong) with a subscription, and where to go next.
 *
 * @param links pairs of address and label
 */
public record Notice(String title, List<String> paragraphs, List<Link> links) {

    public record Link(String href, String label) {}

    static Notice of(String title, String paragraph, Link... links) {
        return new Notice(title, List.of(paragraph), List.of(links));
    }
}
