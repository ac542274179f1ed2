package tr.manset.pages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.manset.audit.AuditLog;
import tr.manset.staff.StaffMember;

/**
 * The imprint, contact details and text pages: what readers see, and the admins' saves, each
 * checked against the version the admin started from and written to the audit log.
 */
@Service
public class SitePages {

    /** The contact page's text until an admin writes one. */
    static final String SHIPPED_CONTACT_TEXT = TextPage.read("pages/iletisim.txt");

    /** The imprint's fields by their Turkish labels, for the audit log's "what changed". */
    private static final Map<String, Function<Imprint, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("İmtiyaz sahibi", Imprint::ownerName);
        FIELDS.put("Ticaret unvanı", Imprint::ownerCompany);
        FIELDS.put("Sorumlu yazı işleri müdürü", Imprint::responsibleEditor);
        FIELDS.put("Yayın kadrosu", Imprint::editors);
        FIELDS.put("Adres", Imprint::address);
        FIELDS.put("E-posta", Imprint::email);
        FIELDS.put("Telefon", Imprint::phone);
        FIELDS.put("UETS adresi", Imprint::uetsAddress);
        FIELDS.put("Yer sağlayıcı", Imprint::hostName);
        FIELDS.put("Yer sağlayıcı adresi", Imprint::hostAddress);
        FIELDS.put("Haber ihbarı e-postası", Imprint::newsTipEmail);
        FIELDS.put("Düzeltme e-postası", Imprint::correctionEmail);
        FIELDS.put("İletişim metni", Imprint::contactText);
    }

    private final SitePageStore store;
    private final AuditLog audit;
    private final Clock clock;

    SitePages(SitePageStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The imprint as saved; its contact text is the shipped one while none was written. */
    public Imprint imprint() {
        Imprint saved = store.imprint();
        return saved.contactText().isBlank() ? saved.withContactText(SHIPPED_CONTACT_TEXT) : saved;
    }

    public PageText text(TextPage page) {
        SitePageStore.StoredText stored = store.text(page);
        boolean shipped = stored.body().isBlank();
        return new PageText(page, shipped ? page.shippedText() : stored.body(), shipped, stored.version(), stored.updatedAt());
    }

    /**
     * Saves the imprint over {@code changed.version()}.
     *
     * @throws StaleEditException when someone saved in between; nothing is written then
     */
    @Transactional
    public Imprint saveImprint(Imprint changed, StaffMember me, String address) {
        require(me);
        Imprint before = imprint();
        // The shipped text saved unchanged stays "the shipped text", so a later release's wording reaches the page.
        Imprint stored = changed.contactText().equals(SHIPPED_CONTACT_TEXT) ? changed.withContactText("") : changed;
        if (!store.updateImprint(stored, changed.version(), me.id(), clock.instant())) {
            throw new StaleEditException("the imprint");
        }
        audit.record(me.id(), me.email(), "pages.imprint", "kunye", changes(before, changed), address);
        return imprint();
    }

    /**
     * Saves a page's text over {@code version}.
     *
     * @throws StaleEditException when someone saved in between; nothing is written then
     */
    @Transactional
    public PageText saveText(TextPage page, String body, long version, StaffMember me, String address) {
        require(me);
        String stored = body.equals(page.shippedText()) ? "" : body;
        if (!store.updateText(page, stored, version, me.id(), clock.instant())) {
            throw new StaleEditException(page.slug());
        }
        audit.record(me.id(), me.email(), "pages.text", page.slug(),
            stored.isEmpty() ? "varsayılan metin" : body.codePointCount(0, body.length()) + " karakter", address);
        return text(page);
    }

    /** Fills an imprint nobody has saved yet (the demo site's fictional publisher); answers whether it did. */
    @Transactional
    public boolean fillIfNeverSaved(Imprint imprint) {
        return store.updateImprint(imprint, 0, null, clock.instant());
    }

    private static String changes(Imprint before, Imprint after) {
        List<String> changed = new ArrayList<>();
        FIELDS.forEach((label, field) -> {
            if (!field.apply(before).equals(field.apply(after))) {
                changed.add(label);
            }
        });
        return changed.isEmpty() ? "değişiklik yok" : String.join(", ", changed);
    }

    private static void require(StaffMember me) {
        if (!me.role().managesSitePages()) {
            throw new AccessDeniedException(me.email() + " may not edit the site pages");
        }
    }
}
