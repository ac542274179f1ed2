package tr.manset.subscription;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tr.manset.category.Categories;

/**
 * The lists on offer: the daily digest, Son Dakika, and one per category (that category's Son
 * Dakika alerts). Categories come and go, so the lists are read from them each time.
 */
@Component
class MailingLists {

    private final Categories categories;
    private final SubscriptionProperties properties;

    MailingLists(Categories categories, SubscriptionProperties properties) {
        this.categories = categories;
        this.properties = properties;
    }

    List<MailingList> all() {
        List<MailingList> lists = new ArrayList<>();
        lists.add(new MailingList(MailingList.DIGEST, "Günün Özeti",
            "Her sabah " + properties.digestTime() + "'de günün en önemli haberleri: manşet ve en çok okunanlar."));
        lists.add(new MailingList(MailingList.BREAKING, "Son Dakika",
            "Önemli bir gelişme olduğunda editörlerimizin gönderdiği kısa bildirim."));
        categories.all().forEach(category -> lists.add(new MailingList(MailingList.ofCategory(category.id()), category.name(),
            category.name() + " haberlerinden Son Dakika bildirimleri.")));
        return lists;
    }

    /** The keys among these that name a list on offer, in the order of the lists, without repeats. */
    Set<String> known(Collection<String> keys) {
        Set<String> wanted = Set.copyOf(keys);
        return all().stream().map(MailingList::key).filter(wanted::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The lists these keys name, in the order of the lists; keys of lists gone since are left out. */
    List<MailingList> named(Collection<String> keys) {
        Map<String, MailingList> byKey = all().stream().collect(Collectors.toMap(MailingList::key, Function.identity()));
        return known(keys).stream().map(byKey::get).toList();
    }
}
