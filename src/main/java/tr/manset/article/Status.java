package tr.manset.article;

/** Where a story stands in the newsroom, with the badge editors see. */
public enum Status {
    DRAFT("Taslak"),
    IN_REVIEW("İncelemede"),
    SCHEDULED("Zamanlandı"),
    PUBLISHED("Yayında"),
    UNPUBLISHED("Yayından kaldırıldı");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
