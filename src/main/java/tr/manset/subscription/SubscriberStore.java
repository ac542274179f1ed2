package tr.manset.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tr.manset.system.storage.Timestamps;

/** SQL for subscribers, their lists, their requests to subscribe and their consents. */
@Repository
class SubscriberStore {

    private static final String SUBSCRIBER = """
            SELECT id, email, status, secret, created_at, confirmed_at, unsubscribed_at
            FROM subscribers""";

    private final JdbcClient db;

    SubscriberStore(JdbcClient db) {
        this.db = db;
    }

    /** The subscriber with this (lower-case) address, made PENDING if there was none. */
    Subscriber findOrCreate(String email, Instant now) {
        db.sql("""
                INSERT INTO subscribers (email, status, secret, created_at)
                VALUES (:email, 'PENDING', :secret, :now)
                ON CONFLICT (email) DO NOTHING""")
            .param("email", email)
            .param("secret", Tokens.random())
            .param("now", Timestamps.param(now))
            .update();
        return byEmail(email).orElseThrow();
    }

    Optional<Subscriber> byEmail(String email) {
        return db.sql(SUBSCRIBER + " WHERE email = :email").param("email", email).query(SubscriberStore::subscriber).optional();
    }

    Optional<Subscriber> find(long id) {
        return db.sql(SUBSCRIBER + " WHERE id = :id").param("id", id).query(SubscriberStore::subscriber).optional();
    }

    /**
     * Takes the right to mail this subscriber a confirmation link now: false if one was queued
     * since {@code after}. A conditional update, so of two requests at once only one gets it.
     */
    boolean claimMail(long subscriberId, Instant now, Instant after) {
        return db.sql("""
                UPDATE subscribers SET last_mail_at = :now
                WHERE id = :id AND (last_mail_at IS NULL OR last_mail_at <= :after)""")
            .param("now", Timestamps.param(now))
            .param("after", Timestamps.param(after))
            .param("id", subscriberId)
            .update() == 1;
    }

    long insertRequest(long subscriberId, String tokenHash, Collection<String> lists, String consentVersion,
                       Instant now, Instant expires) {
        return db.sql("""
                INSERT INTO subscription_requests (subscriber_id, token_hash, lists, consent_version, created_at, expires_at)
                VALUES (:subscriber, :hash, :lists, :version, :now, :expires)
                RETURNING id""")
            .param("subscriber", subscriberId)
            .param("hash", tokenHash)
            .param("lists", String.join(",", lists))
            .param("version", consentVersion)
            .param("now", Timestamps.param(now))
            .param("expires", Timestamps.param(expires))
            .query(Long.class)
            .single();
    }

    Optional<Request> requestByHash(String tokenHash) {
        return db.sql("""
                SELECT id, subscriber_id, lists, consent_version, created_at, expires_at, confirmed_at
                FROM subscription_requests WHERE token_hash = :hash""")
            .param("hash", tokenHash)
            .query(SubscriberStore::request)
            .optional();
    }

    List<Request> requestsOf(long subscriberId) {
        return db.sql("""
                SELECT id, subscriber_id, lists, consent_version, created_at, expires_at, confirmed_at
                FROM subscription_requests WHERE subscriber_id = :subscriber ORDER BY id""")
            .param("subscriber", subscriberId)
            .query(SubscriberStore::request)
            .list();
    }

    /** Marks a request used; false if it already was (the link was used twice at once). */
    boolean useRequest(long requestId, Instant now) {
        return db.sql("UPDATE subscription_requests SET confirmed_at = :now WHERE id = :id AND confirmed_at IS NULL")
            .param("now", Timestamps.param(now))
            .param("id", requestId)
            .update() == 1;
    }

    void confirm(long subscriberId, Instant now) {
        db.sql("UPDATE subscribers SET status = 'CONFIRMED', confirmed_at = :now, unsubscribed_at = NULL WHERE id = :id")
            .param("now", Timestamps.param(now))
            .param("id", subscriberId)
            .update();
    }

    void unsubscribe(long subscriberId, Instant now) {
        db.sql("UPDATE subscribers SET status = 'UNSUBSCRIBED', unsubscribed_at = :now WHERE id = :id AND status = 'CONFIRMED'")
            .param("now", Timestamps.param(now))
            .param("id", subscriberId)
            .update();
        setLists(subscriberId, List.of());
        db.sql("UPDATE subscription_consents SET withdrawn_at = :now WHERE subscriber_id = :id AND withdrawn_at IS NULL")
            .param("now", Timestamps.param(now))
            .param("id", subscriberId)
            .update();
    }

    List<String> lists(long subscriberId) {
        return db.sql("SELECT list FROM subscriber_lists WHERE subscriber_id = :id ORDER BY list")
            .param("id", subscriberId)
            .query(String.class)
            .list();
    }

    void setLists(long subscriberId, Collection<String> lists) {
        db.sql("DELETE FROM subscriber_lists WHERE subscriber_id = :id").param("id", subscriberId).update();
        for (String list : lists) {
            db.sql("INSERT INTO subscriber_lists (subscriber_id, list) VALUES (:id, :list)")
                .param("id", subscriberId)
                .param("list", list)
                .update();
        }
    }

    void insertConsent(long subscriberId, String version, Collection<String> lists, Instant requestedAt, Instant givenAt) {
        db.sql("""
                INSERT INTO subscription_consents (subscriber_id, version, lists, requested_at, given_at)
                VALUES (:id, :version, :lists, :requested, :given)""")
            .param("id", subscriberId)
            .param("version", version)
            .param("lists", String.join(",", lists))
            .param("requested", Timestamps.param(requestedAt))
            .param("given", Timestamps.param(givenAt))
            .update();
    }

    List<Consent> consents(long subscriberId) {
        return db.sql("""
                SELECT version, lists, requested_at, given_at, withdrawn_at
                FROM subscription_consents WHERE subscriber_id = :id ORDER BY id""")
            .param("id", subscriberId)
            .query((rs, row) -> new Consent(rs.getString("version"), split(rs.getString("lists")),
                Timestamps.read(rs, "requested_at"), Timestamps.read(rs, "given_at"), Timestamps.read(rs, "withdrawn_at")))
            .list();
    }

    /** Confirmed subscribers of any of these lists who are not on the mail suppression list. */
    long audience(Collection<String> lists) {
        return db.sql("""
                SELECT COUNT(*) FROM subscribers s
                WHERE s.status = 'CONFIRMED'
                  AND EXISTS (SELECT 1 FROM subscriber_lists l WHERE l.subscriber_id = s.id AND l.list IN (:lists))
                  AND NOT EXISTS (SELECT 1 FROM mail_suppressions m WHERE m.address = s.email)""")
            .param("lists", List.copyOf(lists))
            .query(Long.class)
            .single();
    }

    /** Confirmed subscribers per list, for the newsroom. */
    List<ListCount> countsPerList() {
        return db.sql("""
                SELECT l.list, COUNT(*) AS subscribers FROM subscriber_lists l
                JOIN subscribers s ON s.id = l.subscriber_id
                WHERE s.status = 'CONFIRMED'
                GROUP BY l.list""")
            .query((rs, row) -> new ListCount(rs.getString("list"), rs.getLong("subscribers")))
            .list();
    }

    record ListCount(String list, long subscribers) {}

    /**
     * The next subscribers of a mailing after the last one queued, in id order. The mail
     * suppression list (tr.manset.mail.Suppressions) is read in the same query, so that skipping
     * those addresses costs no query per subscriber.
     */
    List<Recipient> recipients(Collection<String> lists, long after, int limit) {
        return db.sql("""
                SELECT s.id, s.email, s.secret FROM subscribers s
                WHERE s.id > :after AND s.status = 'CONFIRMED'
                  AND EXISTS (SELECT 1 FROM subscriber_lists l WHERE l.subscriber_id = s.id AND l.list IN (:lists))
                  AND NOT EXISTS (SELECT 1 FROM mail_suppressions m WHERE m.address = s.email)
                ORDER BY s.id
                LIMIT :limit""")
            .param("after", after)
            .param("lists", List.copyOf(lists))
            .param("limit", limit)
            .query((rs, row) -> new Recipient(rs.getLong("id"), rs.getString("email"), rs.getString("secret")))
            .list();
    }

    record Recipient(long id, String email, String secret) {}

    /** Erasure: the subscriber, their lists, requests and consents (the last three by cascade). */
    void delete(long subscriberId) {
        db.sql("DELETE FROM subscribers WHERE id = :id").param("id", subscriberId).update();
    }

    /** Addresses that asked and never confirmed are forgotten once their last link has long expired. */
    int forgetUnconfirmed(Instant before) {
        return db.sql("""
                DELETE FROM subscribers
                WHERE status = 'PENDING' AND created_at < :before
                  AND NOT EXISTS (SELECT 1 FROM subscription_requests r WHERE r.subscriber_id = subscribers.id AND r.expires_at >= :before)""")
            .param("before", Timestamps.param(before))
            .update();
    }

    private static Subscriber subscriber(ResultSet rs, int row) throws SQLException {
        return new Subscriber(rs.getLong("id"), rs.getString("email"), Subscriber.Status.valueOf(rs.getString("status")),
            rs.getString("secret"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "confirmed_at"),
            Timestamps.read(rs, "unsubscribed_at"));
    }

    private static Request request(ResultSet rs, int row) throws SQLException {
        return new Request(rs.getLong("id"), rs.getLong("subscriber_id"), split(rs.getString("lists")),
            rs.getString("consent_version"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "expires_at"),
            Timestamps.read(rs, "confirmed_at"));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
