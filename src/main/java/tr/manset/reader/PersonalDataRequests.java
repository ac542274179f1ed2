package tr.manset.reader;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tr.manset.system.SiteProperties;
import tr.manset.system.text.TurkishText;
import tr.manset.system.time.TurkishTime;

/**
 * A reader's KVKK rights, done at once in their account: a copy of their data, erasure, and
 * withdrawing consent. Each asks every {@link PersonalData} part of the site (the account here,
 * comments, subscriptions …) and is written to the KVKK log when it arrives and again when done.
 */
@Service
class PersonalDataRequests {

    private final ObjectProvider<PersonalData> parts;
    private final KvkkLog log;
    private final Accounts accounts;
    private final ReaderMail mail;
    private final SiteProperties site;
    private final Clock clock;
    private final TransactionTemplate tx;

    PersonalDataRequests(ObjectProvider<PersonalData> parts, KvkkLog log, Accounts accounts, ReaderMail mail, SiteProperties site,
                         Clock clock, PlatformTransactionManager transactions) {
        this.parts = parts;
        this.log = log;
        this.accounts = accounts;
        this.mail = mail;
        this.site = site;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Everything the site holds about the reader, one section per part, the account first. */
    Map<String, Object> export(Reader reader) {
        long request = log.open(KvkkRequest.Kind.EXPORT, reader, "");
        DataSubject subject = subject(reader);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("site", site.siteName() + " (" + site.baseUrl() + ")");
        out.put("hazirlanma", TurkishTime.iso(clock.instant()));
        out.put("aciklama", "KVKK madde 11 uyarınca hakkınızda işlediğimiz kişisel verilerin bir kopyası.");
        for (PersonalData part : ordered()) {
            out.put(part.section(), part.export(subject));
        }
        log.done(request, "JSON dosyası indirildi: " + String.join(", ", out.keySet().stream().skip(3).toList()));
        return out;
    }

    /**
     * Deletes the account after its password. Comments are removed or kept without anything that
     * points to the reader, as they chose; every session ends with the account.
     */
    void erase(Reader reader, String password, boolean keepComments) {
        accounts.confirmPassword(reader, password);
        String choice = keepComments ? "yorumlar anonimleştirildi" : "yorumlar silindi";
        long request = log.open(KvkkRequest.Kind.ERASURE, reader, choice);
        DataSubject subject = subject(reader);
        tx.executeWithoutResult(status -> {
            List<PersonalData> reversed = new ArrayList<>(ordered());
            Collections.reverse(reversed);
            for (PersonalData part : reversed) {
                part.erase(subject, keepComments);
            }
            mail.accountDeleted(reader.email(), reader.displayName(), request);
            log.done(request, "Hesap silindi, " + choice);
        });
    }

    /** Stops everything done on the reader's consent. @return what stopped, in Turkish */
    String withdrawConsent(Reader reader) {
        long request = log.open(KvkkRequest.Kind.WITHDRAWAL, reader, "");
        DataSubject subject = subject(reader);
        return tx.execute(status -> {
            List<String> stopped = new ArrayList<>();
            for (PersonalData part : ordered()) {
                String note = part.withdrawConsent(subject);
                if (note != null && !note.isBlank()) {
                    stopped.add(note);
                }
            }
            String summary = stopped.isEmpty() ? "Yürürlükte bir açık rızanız yoktu."
                : TurkishText.upper(stopped.getFirst().substring(0, 1)) + String.join("; ", stopped).substring(1) + ".";
            log.done(request, summary);
            return summary;
        });
    }

    /** The account's own parts first, then the other modules' in their bean order; erasure runs backwards. */
    private List<PersonalData> ordered() {
        List<PersonalData> all = parts.orderedStream().toList();
        List<PersonalData> ordered = new ArrayList<>();
        all.stream().filter(AccountData.class::isInstance).forEach(ordered::add);
        all.stream().filter(ConsentData.class::isInstance).forEach(ordered::add);
        all.stream().filter(part -> !(part instanceof AccountData) && !(part instanceof ConsentData)).forEach(ordered::add);
        return ordered;
    }

    private static DataSubject subject(Reader reader) {
        return new DataSubject(reader.id(), reader.email());
    }
}
