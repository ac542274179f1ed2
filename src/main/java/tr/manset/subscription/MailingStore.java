package tr.manset.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tr.manset.system.storage.Timestamps;

/** SQL for mailings and their fan-out progress. */
@Repository
class MailingStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<MailingItem>> ITEMS = new TypeReference<>() {};
    private static final String MAILING = """
            SELECT id, kind, subject, story_id, digest_day, audience, items, state, fanned_out_to, queued,
                   created_by_name, created_at, queued_at
            FROM mailings""";

    private final JdbcClient db;

    MailingStore(JdbcClient db) {
        this.db = db;
    }

    /**
     * Stores a new mailing unless one with the same story (an alert) or day (a digest) exists.
     *
     * @return the new mailing's id, or empty when the other one was there first
     */
    Optional<Long> insert(MailingKind kind, String subject, Long storyId, String digestDay, List<String> audience,
                          List<MailingItem> items, Mailing.State state, Long createdBy, String createdByName, Instant now) {
        return db.sql("""
                INSERT INTO mailings (kind, subject, story_id, digest_day, audience, items, state, created_by,
                    created_by_name, created_at, queued_at)
                VALUES (:kind, :subject, :story, :day, :audience, :items, :state, :createdBy, :createdByName, :now, :queuedAt)
                ON CONFLICT DO NOTHING
                RETURNING id""")
            .param("kind", kind.name())
            .param("subject", subject)
            .param("story", storyId, Types.BIGINT)
            .param("day", digestDay, Types.VARCHAR)
            .param("audience", String.join(",", audience))
            .param("items", JSON.writerFor(ITEMS).writeValueAsString(items))
            .param("state", state.name())
            .param("createdBy", createdBy, Types.BIGINT)
            .param("createdByName", createdByName)
            .param("now", Timestamps.param(now))
            .param("queuedAt", Timestamps.param(state == Mailing.State.QUEUEING ? null : now))
            .query(Long.class)
            .optional();
    }

    Optional<Mailing> find(long id) {
        return db.sql(MAILING + " WHERE id = :id").param("id", id).query(MailingStore::mailing).optional();
    }

    Optional<Mailing> forStory(long storyId) {
        return db.sql(MAILING + " WHERE story_id = :story").param("story", storyId).query(MailingStore::mailing).optional();
    }

    boolean digestMadeFor(String day) {
        return db.sql("SELECT COUNT(*) FROM mailings WHERE digest_day = :day").param("day", day).query(Long.class).single() > 0;
    }

    List<Mailing> recent(int limit) {
        return db.sql(MAILING + " ORDER BY created_at DESC, id DESC LIMIT :limit")
            .param("limit", limit)
            .query(MailingStore::mailing)
            .list();
    }

    List<Long> queueing() {
        return db.sql("SELECT id FROM mailings WHERE state = 'QUEUEING' ORDER BY id").query(Long.class).list();
    }

    /**
     * Moves the fan-out on from where it was read: false if another node moved it meanwhile (its
     * transaction then rolls back; what it queued was queued by the other node too).
     */
    boolean advance(long id, long from, long to, int queued, boolean done, Instant now) {
        return db.sql("""
                UPDATE mailings
                SET fanned_out_to = :to, queued = queued + :queued,
                    state = CASE WHEN :done = 1 THEN 'QUEUED' ELSE state END,
                    queued_at = CASE WHEN :done = 1 THEN :now ELSE queued_at END
                WHERE id = :id AND state = 'QUEUEING' AND fanned_out_to = :from""")
            .param("to", to)
            .param("queued", queued)
            .param("done", done ? 1 : 0)
            .param("now", Timestamps.param(now))
            .param("id", id)
            .param("from", from)
            .update() == 1;
    }

    private static Mailing mailing(ResultSet rs, int row) throws SQLException {
        long storyId = rs.getLong("story_id");
        Long story = rs.wasNull() ? null : storyId;
        return new Mailing(rs.getLong("id"), MailingKind.valueOf(rs.getString("kind")), rs.getString("subject"), story,
            rs.getString("digest_day"), SubscriberStore.split(rs.getString("audience")),
            JSON.readValue(rs.getString("items"), ITEMS), Mailing.State.valueOf(rs.getString("state")),
            rs.getLong("fanned_out_to"), rs.getLong("queued"), rs.getString("created_by_name"),
            Timestamps.read(rs, "created_at"), Timestamps.read(rs, "queued_at"));
    }
}
