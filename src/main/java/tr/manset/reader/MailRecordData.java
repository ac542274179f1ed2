package tr.manset.reader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tr.manset.mail.Outbox;
import tr.manset.system.time.TurkishTime;

/**
 * KVKK: the record of mail the site sent to a person's address (account mail, newsletters,
 * reply notices). Erasure removes the finished mails; the suppression list keeps an address that
 * bounced or complained, so nothing is sent to it again.
 */
@Component
class MailRecordData implements PersonalData {

    private static final int EXPORTED = 1_000;

    private final Outbox outbox;

    MailRecordData(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String section() {
        return "eposta_gonderimleri";
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        if (subject.email() == null) {
            return Map.of();
        }
        List<Map<String, Object>> mails = outbox.mailsTo(subject.email(), EXPORTED).stream().map(mail -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("konu", mail.subject());
            row.put("durum", mail.status().name());
            row.put("siraya_alinma", TurkishTime.iso(mail.queuedAt()));
            row.put("gonderilme", TurkishTime.iso(mail.sentAt()));
            return row;
        }).toList();
        return mails.isEmpty() ? Map.of() : Map.of("epostalar", mails);
    }

    @Override
    public void erase(DataSubject subject, boolean keepContentAnonymously) {
        if (subject.email() != null) {
            outbox.forget(subject.email());
        }
    }
}
