package tr.manset.comment;

/** Why a reader reports a comment, most severe first: the reported queue sorts by it. */
public enum ReportReason {
    ILLEGAL("Yasa dışı içerik", 7),
    PERSONAL_DATA("Kişisel verilerin ifşası", 6),
    HATE("Nefret söylemi", 5),
    INSULT("Hakaret / küfür", 4),
    FALSE_INFORMATION("Yanlış bilgi", 3),
    SPAM("Spam / reklam", 2),
    OTHER("Diğer", 1);

    private final String label;
    private final int severity;

    ReportReason(String label, int severity) {
        this.label = label;
        this.severity = severity;
    }

    public String label() {
        return label;
    }

    public int severity() {
        return severity;
    }

    /** The form's value ("hakaret") or the enum name; null when it names no reason. */
    public static ReportReason parse(String value) {
        if (value == null) {
            return null;
        }
        for (ReportReason reason : values()) {
            if (reason.name().equalsIgnoreCase(value.strip()) || reason.formValue().equals(value.strip())) {
                return reason;
            }
        }
        return null;
    }

    public String formValue() {
        return switch (this) {
            case ILLEGAL -> "yasa-disi";
            case PERSONAL_DATA -> "kisisel-veri";
            case HATE -> "nefret";
            case INSULT -> "hakaret";
            case FALSE_INFORMATION -> "yanlis-bilgi";
            case SPAM -> "spam";
            case OTHER -> "diger";
        };
    }
}
