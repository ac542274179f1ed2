package tr.manset.comment;

/** The orders readers can choose for a story's comments. */
public enum CommentSort {
    NEWEST("yeni", "En yeni"),
    OLDEST("eski", "En eski"),
    MOST_LIKED("begenilen", "En çok beğenilen");

    private final String param;
    private final String label;

    CommentSort(String param, String label) {
        this.param = param;
        this.label = label;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    /** Unknown or missing values fall back to the newest first. */
    public static CommentSort parse(String value) {
        for (CommentSort sort : values()) {
            if (sort.param.equals(value)) {
                return sort;
            }
        }
        return NEWEST;
    }
}
