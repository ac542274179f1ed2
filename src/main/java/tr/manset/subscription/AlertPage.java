package tr.manset.subscription;

/**
 * The confirmation form for a Son Dakika alert.
 *
 * @param storyPath the story's address on the site
 * @param audience confirmed subscribers it will reach (Son Dakika and the story's category, each once)
 * @param sent the alert already made for this story, or null
 * @param problem why it cannot be sent, or ""
 */
public record AlertPage(long storyId, String headline, String spot, String storyPath, String categoryName, String subject,
                        long audience, Mailing sent, String problem) {

    public boolean canSend() {
        return sent == null && problem.isEmpty();
    }
}
