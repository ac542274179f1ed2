package tr.manset.subscription;

/** Why a link from a subscription mail does not work, as the reader is told. */
public enum LinkProblem {
    INVALID(400, "Bu bağlantı geçerli değil",
        "Bağlantı eksik ya da hatalı. E-postadaki bağlantıyı tamamıyla açtığınızdan emin olun; olmazsa yeniden abone olabilirsiniz."),
    USED(410, "Bu bağlantı daha önce kullanıldı",
        "Onay bağlantıları bir kez kullanılır. Aboneliğinizi onayladıysanız bültenlerimiz gelmeye devam edecek; "
            + "listelerinizi her e-postanın altındaki bağlantıyla değiştirebilirsiniz."),
    EXPIRED(410, "Bu bağlantının süresi doldu",
        "Onay bağlantıları sınırlı bir süre geçerlidir. Abone olmak için formu yeniden doldurun; size yeni bir bağlantı gönderelim.");

    private final int status;
    private final String title;
    private final String message;

    LinkProblem(int status, String title, String message) {
        this.status = status;
        this.title = title;
        this.message = message;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String message() {
        return message;
    }
}
