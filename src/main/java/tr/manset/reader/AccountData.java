package tr.manset.reader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tr.manset.system.storage.Timestamps;
import tr.manset.system.time.TurkishTime;

/** The account itself in a reader's data: address, name, settings, sign-ins in force, their KVKK requests. */
@Component
class AccountData implements PersonalData {

    private final ReaderStore store;
    private final KvkkLog log;
    private final JdbcClient db;

    AccountData(ReaderStore store, KvkkLog log, JdbcClient db) {
        this.store = store;
        this.log = log;
        this.db = db;
    }

    @Override
    public String section() {
        return "hesap";
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (subject.readerId() == null) {
            return out;
        }
        store.find(subject.readerId()).ifPresent(account -> {
            Reader reader = account.reader();
            out.put("e-posta", reader.email());
            out.put("gorunen_ad", reader.displayName());
            out.put("olusturulma", TurkishTime.iso(reader.createdAt()));
            out.put("yanit_bildirimleri", reader.notifyReplies());
            out.put("aydinlatma_metni_surumu", account.noticeVersion());
            out.put("parola", "Parolanız yalnızca geri çevrilemez bir özet (bcrypt) olarak saklanır; bu dosyada yer almaz.");
            out.put("acik_oturumlar", db.sql("""
                    SELECT created_at, expires_at FROM reader_sessions WHERE reader_id = :reader ORDER BY created_at""")
                .param("reader", reader.id())
                .query((rs, row) -> Map.of("acilis", TurkishTime.iso(Timestamps.read(rs, "created_at")),
                    "bitis", TurkishTime.iso(Timestamps.read(rs, "expires_at"))))
                .list());
            List<Map<String, Object>> requests = log.of(reader.id()).stream().map(request -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("talep", request.kind().label());
                row.put("zaman", TurkishTime.iso(request.requestedAt()));
                row.put("yanitlanma", request.doneAt() == null ? null : TurkishTime.iso(request.doneAt()));
                return row;
            }).toList();
            out.put("kvkk_talepleri", requests);
        });
        return out;
    }

    /** Deletes the account; its sessions, links and consents go with it (foreign keys). */
    @Override
    public void erase(DataSubject subject, boolean keepContentAnonymously) {
        if (subject.readerId() != null) {
            store.delete(subject.readerId());
        }
        if (subject.email() != null) {
            db.sql("DELETE FROM reader_tokens WHERE email = :email").param("email", subject.email()).update();
        }
    }
}
