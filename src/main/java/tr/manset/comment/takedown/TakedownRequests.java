package tr.manset.comment.takedown;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.manset.audit.AuditLog;
import tr.manset.comment.Moderation;
import tr.manset.staff.StaffMember;
import tr.manset.system.text.CsvWriter;
import tr.manset.system.text.FormText;
import tr.manset.system.time.DateTimeInput;
import tr.manset.system.time.TurkishTime;
import tr.manset.system.web.NotFoundException;
import tr.manset.system.web.Paged;

/**
 * The takedown log (Law 5651 art. 9): requests to remove reader comments, recorded when they
 * arrive, decided (kabul or ret, with a note) and, when accepted, marked carried out. Each step
 * is written to the audit log in the same transaction. Only comment moderators act here.
 */
@Service
public class TakedownRequests {

    static final int CLOSED_PAGE_SIZE = 50;
    static final int NOTE_MAX = 2000;
    private static final int EXPORT_BATCH = 500;

    private final TakedownStore store;
    private final AuditLog audit;
    private final Moderation moderation;
    private final Clock clock;

    TakedownRequests(TakedownStore store, AuditLog audit, Moderation moderation, Clock clock) {
        this.store = store;
        this.moderation = moderation;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every request that still needs work (not decided, or accepted and not yet carried out) with
     * its 24-hour deadline and the time left as of now, the nearest deadline first, so overdue ones
     * lead. For the moderation dashboard, with the fragment {@code moderation/takedown-deadlines.jte}.
     */
    public List<OpenTakedown> openWithDeadlines() {
        Instant now = clock.instant();
        return store.open().stream().map(request -> OpenTakedown.of(request, now)).toList();
    }

    TakedownForm check(String requester, String contact, String commentId, String url, String reason, String received) {
        return TakedownForm.check(requester, contact, commentId, url, reason, received, clock.instant());
    }

    /** Records a checked form; the moderator who recorded it is kept with it. */
    @Transactional
    Takedown record(TakedownForm form, StaffMember me, String address) {
        require(me);
        if (!form.valid()) {
            throw new IllegalArgumentException("an invalid takedown form cannot be recorded: " + form.errors().keySet());
        }
        long id = store.insert(form.requester(), form.contact(), form.commentNumber(), form.url(), form.reason(),
            form.receivedAt(), clock.instant(), me.id(), me.name());
        Takedown recorded = store.find(id).orElseThrow();
        audit.record(me.id(), me.email(), "takedown.create", "takedown:" + id,
            recorded.requester() + " — " + recorded.target() + " — alındı " + recorded.receivedText(), address);
        return recorded;
    }

    public Optional<Takedown> find(long id) {
        return store.find(id);
    }

    Paged<Takedown> closed(int page) {
        int current = Math.max(1, page);
        return new Paged<>(store.closed(CLOSED_PAGE_SIZE, Paged.offset(current, CLOSED_PAGE_SIZE)), current,
            CLOSED_PAGE_SIZE, store.countClosed());
    }

    /** "kabul" or "ret"; a rejection needs a note saying why. A decision is made once. */
    @Transactional
    Takedown decide(long id, String choice, String note, StaffMember me, String address) {
        require(me);
        Takedown request = existing(id);
        Decision decision = switch (FormText.line(choice)) {
            case "kabul" -> Decision.ACCEPTED;
            case "ret" -> Decision.REJECTED;
            default -> throw new TakedownRefused(400, "Kabul ya da ret seçin.");
        };
        String text = FormText.block(note);
        if (FormText.length(text) > NOTE_MAX) {
            throw new TakedownRefused(400, "Not en fazla " + NOTE_MAX + " karakter olabilir; şu an " + FormText.length(text) + " karakter.");
        }
        if (decision == Decision.REJECTED && text.isEmpty()) {
            throw new TakedownRefused(400, "Ret kararının gerekçesini not olarak yazın.");
        }
        if (request.decided() || !store.decide(id, decision, text, clock.instant(), me.id(), me.name())) {
            Takedown current = existing(id);
            throw new TakedownRefused(409, "Bu talep için karar zaten verilmiş: " + current.decision().label() + " ("
                + current.decidedText() + ", " + current.decidedBy() + ").");
        }
        audit.record(me.id(), me.email(), decision == Decision.ACCEPTED ? "takedown.accept" : "takedown.reject",
            "takedown:" + id, text, address);
        return existing(id);
    }

    /**
     * Marks an accepted request carried out at the time given ("dd.MM.yyyy HH:mm" or a
     * datetime-local value, Istanbul), or now when none is given.
     */
    @Transactional
    Takedown markCarriedOut(long id, String when, StaffMember me, String address) {
        require(me);
        Takedown request = existing(id);
        Instant now = clock.instant();
        String typed = FormText.line(when);
        Instant at = typed.isEmpty() ? now : DateTimeInput.dateTime(typed)
            .orElseThrow(() -> new TakedownRefused(400, "Uygulanma zamanını gg.aa.yyyy ss:dd biçiminde yazın (ör. 01.12.2026 09:30) ya da boş bırakın."));
        if (request.decision() != Decision.ACCEPTED) {
            throw new TakedownRefused(409, "Yalnızca kabul edilen bir talep uygulandı olarak işaretlenebilir.");
        }
        if (request.carriedOutAt() != null) {
            throw new TakedownRefused(409, "Bu talep zaten uygulandı olarak işaretlenmiş (" + request.carriedOutText() + ").");
        }
        if (at.isAfter(now.plus(TakedownForm.CLOCK_SLACK))) {
            throw new TakedownRefused(400, "Uygulanma zamanı ileride olamaz.");
        }
        if (at.isBefore(request.receivedAt())) {
            throw new TakedownRefused(400, "Uygulanma zamanı talebin ulaştığı zamandan (" + request.receivedText() + ") önce olamaz.");
        }
        if (!store.carriedOut(id, at, me.id(), me.name())) {
            throw new TakedownRefused(409, "Bu talep zaten uygulandı olarak işaretlenmiş.");
        }
        audit.record(me.id(), me.email(), "takedown.carry-out", "takedown:" + id, TurkishTime.dateTime(at), address);
        if (request.commentId() != null) {
            // Carrying out a request about a comment takes the comment down, with the request as the reason.
            moderation.decide(List.of(request.commentId()), Moderation.Action.REJECT,
                "5651 kaldırma talebi #" + id + ": " + request.reason(), me, address);
        }
        return existing(id);
    }

    /** Writes every request with all its fields, in the order they were recorded; the export is audited. */
    void export(CsvWriter csv, StaffMember me, String address) throws IOException {
        require(me);
        audit.record(me.id(), me.email(), "takedown.export", "takedown", "CSV", address);
        csv.row("No", "Talep eden", "İletişim", "Yorum no", "Adres (URL)", "Gerekçe", "Talebin ulaştığı zaman",
            "Yanıt için son süre", "Kaydeden", "Kayıt zamanı", "Durum", "Karar", "Karar notu", "Karar veren",
            "Karar zamanı", "Uygulayan", "Uygulanma zamanı");
        long last = 0;
        List<Takedown> batch;
        do {
            batch = store.after(last, EXPORT_BATCH);
            for (Takedown t : batch) {
                csv.row(String.valueOf(t.id()), t.requester(), t.contact(), t.commentId() == null ? "" : t.commentId().toString(),
                    t.url(), t.reason(), t.receivedText(), t.deadlineText(), t.recordedBy(), t.recordedText(), t.stage(),
                    t.decision() == null ? "" : t.decision().label(), t.decisionNote(), t.decidedBy(), t.decidedText(),
                    t.carriedOutBy(), t.carriedOutText());
                last = t.id();
            }
            csv.flush();
        } while (batch.size() == EXPORT_BATCH);
    }

    private Takedown existing(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("takedown " + id));
    }

    static void require(StaffMember me) {
        if (!me.role().moderatesComments()) {
            throw new AccessDeniedException(me.email() + " may not handle takedown requests");
        }
    }
}
