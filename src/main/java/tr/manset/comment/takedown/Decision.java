package tr.manset.comment.takedown;

/** What the newsroom decided about a removal request. */
public enum Decision {
    ACCEPTED("Kabul"),
    REJECTED("Ret");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
