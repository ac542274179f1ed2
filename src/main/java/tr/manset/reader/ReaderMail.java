package tr.manset.reader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tr.manset.mail.MailMessage;
import tr.manset.mail.Outbox;
import tr.manset.system.SiteProperties;

/** The mails about a reader's account: each in Turkish, with a plain-text and an HTML part, queued in the outbox. */
@Component
class ReaderMail {

    private final Outbox outbox;
    private final SiteProperties site;
    private final ReaderProperties properties;

    ReaderMail(Outbox outbox, SiteProperties site, ReaderProperties properties) {
        this.outbox = outbox;
        this.site = site;
        this.properties = properties;
    }

    /** "48 saat", "1 saat", "30 dakika": how long a link works, as the mail says it. */
    static String lasting(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " saat" : minutes + " dakika";
    }

    void verification(String to, String name, String token) {
        send(to, "E-posta adresinizi doğrulayın", name,
            List.of(site.siteName() + " okur hesabınızı açmak için e-posta adresinizi doğrulayın. Bağlantı "
                + lasting(properties.signUpLinkLifetime()) + " geçerlidir."),
            "Adresimi doğrula", site.absolute("/e-posta-dogrula?t=" + token),
            "Bu hesabı siz açmadıysanız bu e-postayı silebilirsiniz; adresiniz doğrulanmadan hesap açılmaz.",
            "okur:dogrula:" + ReaderKeys.stored(token));
    }

    void alreadyRegistered(String to, String name) {
        send(to, "Bu adresle zaten bir hesabınız var", name,
            List.of("Az önce bu e-posta adresiyle " + site.siteName() + " sitesinde yeniden kayıt olunmak istendi. "
                + "Bu adresle açılmış bir hesabınız zaten var; ikinci bir hesap açılmadı.",
                "Parolanızı hatırlıyorsanız giriş yapabilirsiniz: " + site.absolute("/giris")),
            "Parolamı unuttum", site.absolute("/sifremi-unuttum"),
            "Kayıt isteği sizden gelmediyse bir şey yapmanız gerekmez.",
            null);
    }

    void reset(String to, String name, String token) {
        send(to, "Parola sıfırlama", name,
            List.of("Parolanızı sıfırlamak için aşağıdaki bağlantıyı açın. Bağlantı " + lasting(properties.resetLinkLifetime())
                + " geçerlidir ve bir kez kullanılabilir."),
            "Yeni parola belirle", site.absolute("/sifre-sifirla?t=" + token),
            "Bu isteği siz yapmadıysanız bu e-postayı silebilirsiniz; parolanız değişmez.",
            "okur:sifirla:" + ReaderKeys.stored(token));
    }

    void emailChange(String to, String name, String token) {
        send(to, "Yeni e-posta adresinizi doğrulayın", name,
            List.of(site.siteName() + " hesabınızın e-posta adresini bu adresle değiştirmek istediniz. "
                + "Değişiklik, aşağıdaki bağlantıyla onayladığınızda geçerli olur. Bağlantı "
                + lasting(properties.emailChangeLinkLifetime()) + " geçerlidir."),
            "Yeni adresimi onayla", site.absolute("/e-posta-degistir?t=" + token),
            "Bu isteği siz yapmadıysanız bu e-postayı silebilirsiniz.",
            "okur:eposta:" + ReaderKeys.stored(token));
    }

    /**
     * The new address belongs to another account: its owner learns of the attempt, nothing changes.
     * Such mails (and "already registered") have no dedupe key: {@link Throttle} lets one through per interval.
     */
    void emailInUse(String to) {
        send(to, "E-posta adresiniz başka bir hesap için istendi", "",
            List.of("Bir " + site.siteName() + " okuru, hesabının e-posta adresini bu adresle değiştirmek istedi. "
                + "Bu adresle açılmış bir hesabınız olduğu için değişiklik yapılmadı; hesabınız olduğu gibi duruyor."),
            null, null, "Bir şey yapmanız gerekmez.", null);
    }

    void emailChanged(String oldAddress, String name, String newAddress, long readerId, String tokenHash) {
        send(oldAddress, "E-posta adresiniz değiştirildi", name,
            List.of(site.siteName() + " hesabınızın e-posta adresi " + mask(newAddress) + " olarak değiştirildi. "
                + "Bundan sonra hesabınızla ilgili e-postalar yeni adresinize gidecek."),
            null, null, "Bu değişikliği siz yapmadıysanız lütfen bize hemen bu e-postayı yanıtlayarak yazın.",
            "okur:eposta-degisti:" + readerId + ":" + tokenHash);
    }

    void accountDeleted(String to, String name, long requestId) {
        send(to, "Hesabınız silindi", name,
            List.of(site.siteName() + " okur hesabınız isteğiniz üzerine silindi. Talebiniz KVKK kayıtlarımıza işlendi."),
            null, null, "Bu isteği siz yapmadıysanız lütfen bu e-postayı yanıtlayarak bize yazın.",
            "okur:silindi:" + requestId);
    }

    void reply(String to, String name, ReplyNotice notice, String link) {
        send(to, "Yorumunuza cevap geldi", name,
            List.of(notice.replierName() + ", «" + notice.headline() + "» haberine yazdığınız yoruma cevap verdi:",
                "“" + notice.excerpt() + "”"),
            "Cevabı oku", link,
            "Bu bildirimleri hesabınızın ayarlarından kapatabilirsiniz: " + site.absolute("/hesap"),
            // A comment id alone may come back on SQLite once the newest comment is deleted; with its time it is unique.
            "okur:cevap:" + notice.replyId() + ":" + notice.repliedAt().toEpochMilli());
    }

    /** "ayse.yilmaz@ornek.com" → "ay***@ornek.com": enough to recognise, not enough to learn. */
    static String mask(String address) {
        int at = address.indexOf('@');
        if (at < 0) {
            return "***";
        }
        String local = address.substring(0, at);
        return local.substring(0, Math.min(2, local.length())) + "***" + address.substring(at);
    }

    private void send(String to, String subject, String name, List<String> paragraphs, String buttonLabel, String link,
                      String footnote, String dedupeKey) {
        String greeting = name == null || name.isBlank() ? "Merhaba," : "Merhaba " + name + ",";
        List<String> text = new ArrayList<>();
        text.add(greeting);
        text.addAll(paragraphs);
        if (link != null) {
            text.add(buttonLabel + ": " + link);
        }
        text.add(footnote);
        text.add(site.siteName());
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"tr\"><body style=\"font-family:Georgia,serif;line-height:1.5;color:#111\">");
        html.append("<p>").append(escape(greeting)).append("</p>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        if (link != null) {
            html.append("<p><a href=\"").append(escape(link)).append("\" style=\"display:inline-block;background:#b3121b;color:#fff;")
                .append("padding:10px 16px;border-radius:3px;text-decoration:none;font-weight:bold\">")
                .append(escape(buttonLabel)).append("</a></p>");
            html.append("<p style=\"font-size:13px;color:#555\">Düğme çalışmazsa bu adresi tarayıcınıza yapıştırın: ")
                .append(escape(link)).append("</p>");
        }
        html.append("<p style=\"font-size:13px;color:#555\">").append(escape(footnote)).append("</p>");
        html.append("<p>").append(escape(site.siteName())).append("</p></body></html>");
        outbox.enqueue(MailMessage.personal(to, subject, String.join("\n\n", text), html.toString(), dedupeKey));
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
