package tr.manset.article;

/** Whether readers may comment on a story, and whether their comments wait for a moderator. */
public enum CommentMode {
    OPEN("Açık"),
    PREMODERATED("Onaydan sonra yayımlanır"),
    CLOSED("Kapalı");

    private final String label;

    CommentMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
