package tr.manset.comment.traffic;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a reader asked for, as the traffic log names it (the code is what is stored). */
public enum TrafficAction {
    COMMENT("yorum", "Yorum"),
    REPLY("cevap", "Cevap"),
    LIKE("begeni", "Beğeni"),
    DISLIKE("begenmeme", "Beğenmeme"),
    REPORT("sikayet", "Şikâyet"),
    /** Any other POST under /yorum/, logged all the same. */
    OTHER("diger", "Diğer");

    private static final Pattern WRITE = Pattern.compile("/yorum/yaz/[^/]+/?");
    private static final Pattern VOTE = Pattern.compile("/yorum/[^/]+/oy/?");
    private static final Pattern REPORT_PATH = Pattern.compile("/yorum/[^/]+/sikayet/?");

    private final String code;
    private final String label;

    TrafficAction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<TrafficAction> byCode(String code) {
        for (TrafficAction action : values()) {
            if (action.code.equals(code)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /**
     * The action of a POST: {@code /yorum/yaz/{articleId}} is a comment, or a reply when the form
     * field {@code ust} (the parent comment) is filled; {@code /yorum/{id}/oy} is a like, or a
     * dislike when {@code yon} is "begenme" (a like sends "begen"); {@code /yorum/{id}/sikayet} is a report.
     *
     * @param parent the form field ust, or "" when absent or unread
     * @param direction the form field yon, or "" when absent or unread
     */
    static TrafficAction of(String path, String parent, String direction) {
        if (WRITE.matcher(path).matches()) {
            return parent.isBlank() ? COMMENT : REPLY;
        }
        if (VOTE.matcher(path).matches()) {
            return "begenme".equals(direction.strip()) ? DISLIKE : LIKE;
        }
        if (REPORT_PATH.matcher(path).matches()) {
            return REPORT;
        }
        return OTHER;
    }
}
