package tr.manset.subscription;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tr.manset.reader.DataSubject;
import tr.manset.reader.PersonalData;
import tr.manset.system.time.TurkishTime;

/**
 * KVKK: what newsletters hold about a person (their address, lists, consents and requests to
 * subscribe), found by the address they proved they own; erasure deletes all of it.
 */
@Component
class SubscriberData implements PersonalData {

    private final SubscriberStore store;
    private final MailingLists lists;
    private final Subscriptions subscriptions;

    SubscriberData(SubscriberStore store, MailingLists lists, Subscriptions subscriptions) {
        this.store = store;
        this.lists = lists;
        this.subscriptions = subscriptions;
    }

    @Override
    public String section() {
        return "abonelikler";
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        if (subject.email() == null) {
            return Map.of();
        }
        return store.byEmail(Subscriptions.normalize(subject.email())).map(subscriber -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("eposta", subscriber.email());
            data.put("durum", switch (subscriber.status()) {
                case PENDING -> "onay bekliyor";
                case CONFIRMED -> "abone";
                case UNSUBSCRIBED -> "abonelikten çıktı";
            });
            data.put("listeler", names(store.lists(subscriber.id())));
            data.put("kayit", TurkishTime.iso(subscriber.createdAt()));
            data.put("onaylanma", TurkishTime.iso(subscriber.confirmedAt()));
            data.put("ayrilma", TurkishTime.iso(subscriber.unsubscribedAt()));
            data.put("onaylar", store.consents(subscriber.id()).stream().map(consent -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("metin_surumu", consent.version());
                row.put("listeler", names(consent.lists()));
                row.put("istenme", TurkishTime.iso(consent.requestedAt()));
                row.put("verilme", TurkishTime.iso(consent.givenAt()));
                row.put("geri_cekilme", TurkishTime.iso(consent.withdrawnAt()));
                return row;
            }).toList());
            data.put("onay_istekleri", store.requestsOf(subscriber.id()).stream().map(request -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("istenme", TurkishTime.iso(request.createdAt()));
                row.put("listeler", names(request.lists()));
                row.put("metin_surumu", request.consentVersion());
                row.put("son_gecerlilik", TurkishTime.iso(request.expiresAt()));
                row.put("onaylanma", TurkishTime.iso(request.confirmedAt()));
                return row;
            }).toList());
            return data;
        }).orElse(Map.of());
    }

    @Override
    @Transactional
    public void erase(DataSubject subject, boolean keepContentAnonymously) {
        // Nothing here is content others read: the subscription goes whole, whatever the choice.
        if (subject.email() != null) {
            store.byEmail(Subscriptions.normalize(subject.email())).ifPresent(subscriber -> store.delete(subscriber.id()));
        }
    }

    /** Withdrawing consent in the reader's account ends the subscription, as unsubscribing does. */
    @Override
    public String withdrawConsent(DataSubject subject) {
        if (subject.email() == null) {
            return "";
        }
        boolean subscribed = store.byEmail(Subscriptions.normalize(subject.email()))
            .filter(subscriber -> subscriber.status() != Subscriber.Status.UNSUBSCRIBED)
            .isPresent();
        subscriptions.withdrawConsent(subject.email());
        return subscribed ? "e-posta bülteni aboneliği sona erdi" : "";
    }

    /** The lists' names; a list gone since (a deleted category) by its key. */
    private List<String> names(List<String> keys) {
        Map<String, String> byKey = new LinkedHashMap<>();
        lists.all().forEach(list -> byKey.put(list.key(), list.name()));
        return keys.stream().map(key -> byKey.getOrDefault(key, key)).toList();
    }
}
