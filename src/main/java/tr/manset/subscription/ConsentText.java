package tr.manset.subscription;

/**
 * The KVKK information and consent shown on the subscription form. Its version is stored with every
 * consent; change the version whenever the text changes.
 */
public final class ConsentText {

    public static final String VERSION = "abonelik-2026-11";

    public static final String INFORMATION = "Kişisel Verilerin Korunması Kanunu (KVKK) uyarınca bilgilendirme: "
        + "e-posta adresiniz yalnızca seçtiğiniz bültenleri ve bildirimleri size göndermek için işlenir. "
        + "Adresiniz reklam için kullanılmaz, satılmaz ve e-postaları ileten sunucu dışında kimseyle paylaşılmaz. "
        + "Onayınızı ve zamanını, verdiğiniz onayın kanıtı olarak saklarız. Her e-postadaki bağlantıyla "
        + "listelerinizi değiştirebilir, tek tıkla aboneliğinizi sonlandırarak onayınızı geri çekebilirsiniz. "
        + "Verilerinize erişme, düzeltilmesini ve silinmesini isteme haklarınız saklıdır.";

    public static final String CONSENT = "Bilgilendirme metnini okudum; seçtiğim bültenlerin e-posta adresime "
        + "gönderilmesine açık rıza veriyorum.";

    private ConsentText() {}
}
