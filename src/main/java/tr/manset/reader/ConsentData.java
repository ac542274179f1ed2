package tr.manset.reader;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tr.manset.system.time.TurkishTime;

/** What a reader agreed to in their account (reply notices by e-mail), with times and text versions. */
@Component
class ConsentData implements PersonalData {

    private final ReaderStore store;
    private final Clock clock;

    ConsentData(ReaderStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "onaylar";
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (subject.readerId() != null) {
            out.put("hesap", store.consents(subject.readerId()).stream().map(consent -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("konu", consent.kind().equals(Accounts.REPLY_CONSENT) ? "Yorumlarıma gelen cevapların e-postayla bildirilmesi" : consent.kind());
                row.put("metin_surumu", consent.textVersion());
                row.put("verilme", TurkishTime.iso(consent.givenAt()));
                row.put("geri_alinma", consent.withdrawnAt() == null ? null : TurkishTime.iso(consent.withdrawnAt()));
                return row;
            }).toList());
        }
        return out;
    }

    /** Consents go with the account (foreign key). */
    @Override
    public void erase(DataSubject subject, boolean keepContentAnonymously) {
        // Nothing of its own: AccountData deletes the account row.
    }

    @Override
    public String withdrawConsent(DataSubject subject) {
        if (subject.readerId() == null) {
            return "";
        }
        store.notifyReplies(subject.readerId(), false);
        int withdrawn = store.withdrawConsents(subject.readerId(), "", clock.instant());
        return withdrawn == 0 ? "" : "yorum cevabı bildirimleri kapatıldı";
    }
}
