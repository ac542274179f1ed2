package tr.manset.subscription;

/** The two kinds of list mail. */
public enum MailingKind {
    DIGEST("Günün Özeti", "GÜNÜN ÖZETİ", "Günün en önemli haberleri: önce manşet, sonra en çok okunanlar."),
    BREAKING("Son Dakika", "SON DAKİKA", "Editörlerimiz önemli bir gelişmeyi bildiriyor.");

    private final String label;
    private final String kicker;
    private final String introduction;

    MailingKind(String label, String kicker, String introduction) {
        this.label = label;
        this.kicker = kicker;
        this.introduction = introduction;
    }

    public String label() {
        return label;
    }

    public String kicker() {
        return kicker;
    }

    public String introduction() {
        return introduction;
    }
}
