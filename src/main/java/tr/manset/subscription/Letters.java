package tr.manset.subscription;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tr.manset.mail.MailMessage;
import tr.manset.system.SiteProperties;
import tr.manset.system.time.TurkishTime;

/**
 * Writes the mails of this module from the templates under mail/: an HTML part and a plain-text
 * part, a Turkish subject, absolute links, and in list mail the reader's preferences and
 * unsubscribe links.
 */
@Component
class Letters {

    private final TemplateEngine templates;
    private final SiteProperties site;

    Letters(TemplateEngine templates, SiteProperties site) {
        this.templates = templates;
        this.site = site;
    }

    MailMessage confirmation(String to, String token, List<MailingList> lists, Instant expires, long requestId) {
        String link = site.absolute("/abonelik/onay?t=" + encode(token));
        Letter letter = new Letter(site.siteName(), site.absolute("/"), "ABONELİK", "Aboneliğinizi onaylayın",
            List.of("Bu adresle " + site.siteName() + " bültenlerine abone olmak istendi. Aboneliği başlatmak için "
                + "aşağıdaki bağlantıyı açıp \"Aboneliğimi onayla\" düğmesine basın.",
                "Seçilen listeler: " + String.join(", ", lists.stream().map(MailingList::name).toList()) + "."),
            List.of(), link, "Aboneliğimi onaylamak istiyorum",
            List.of("Bağlantı " + TurkishTime.dateTime(expires) + " (TSİ) saatine kadar geçerlidir ve bir kez kullanılabilir.",
                "Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın: onaylamadığınız sürece size bülten göndermeyiz."),
            "", "");
        return MailMessage.personal(to, "Aboneliğinizi onaylayın - " + site.siteName(), text(letter), html(letter),
            "subscription-request:" + requestId);
    }

    /** One subscriber's copy of a mailing. */
    MailMessage mailing(Mailing mailing, SubscriberStore.Recipient to, String linkToken) {
        String token = encode(linkToken);
        String unsubscribe = site.absolute("/abonelik/cik?t=" + token);
        Letter letter = new Letter(site.siteName(), site.absolute("/"), mailing.kind().kicker(), mailing.subject(),
            List.of(mailing.kind().introduction()), mailing.items(), "", "", List.of(),
            site.absolute("/abonelik/tercihler?t=" + token), unsubscribe);
        return new MailMessage(to.email(), mailing.subject(), text(letter), html(letter), unsubscribe,
            Mailing.dedupeKey(mailing.id(), to.id()), mailing.id());
    }

    private String html(Letter letter) {
        return render("mail/letter.jte", letter);
    }

    private String text(Letter letter) {
        return render("mail/letter-text.jte", letter);
    }

    private String render(String template, Letter letter) {
        StringOutput output = new StringOutput();
        templates.render(template, Map.of("letter", letter), output);
        return output.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
