package tr.manset.reader;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tr.manset.system.storage.Timestamps;

/** Reader accounts, their mailed links and their consents in SQL. */
@Repository
class ReaderStore {

    /** An account with what only this module sees. */
    record Account(Reader reader, String passwordHash, String noticeVersion) {

        long id() {
            return reader.id();
        }
    }

    enum Purpose { SIGN_UP, RESET, EMAIL_CHANGE }

    /**
     * A mailed link.
     *
     * @param readerId the account, null for a sign-up
     * @param email the address the link went to (sign-up, new address), else null
     * @param displayName the name given at sign-up
     * @param passwordHash the password given at sign-up, until the link is used
     */
    record Token(String hash, Long readerId, Purpose purpose, String email, String displayName, String passwordHash,
                 Instant createdAt, Instant expiresAt, Instant usedAt) {}

    record Consent(String kind, String textVersion, Instant givenAt, Instant withdrawnAt) {}

    private static final String ACCOUNT = """
        SELECT id, email, display_name, notify_replies, created_at, password_hash, notice_version
        FROM readers""";

    private final JdbcClient db;

    ReaderStore(JdbcClient db) {
        this.db = db;
    }

    Optional<Account> find(long id) {
        return db.sql(ACCOUNT + " WHERE id = :id").param("id", id).query(ReaderStore::toAccount).optional();
    }

    Optional<Account> findByEmail(String email) {
        return db.sql(ACCOUNT + " WHERE email = :email").param("email", email).query(ReaderStore::toAccount).optional();
    }

    /** A new account; empty when the address has one already (also when another request just made it). */
    Optional<Long> insert(String email, String name, String passwordHash, String noticeVersion, Instant now) {
        return db.sql("""
                INSERT INTO readers (email, display_name, password_hash, created_at, notice_version)
                VALUES (:email, :name, :hash, :now, :notice)
                ON CONFLICT (email) DO NOTHING
                RETURNING id""")
            .param("email", email)
            .param("name", name)
            .param("hash", passwordHash)
            .param("now", Timestamps.param(now))
            .param("notice", noticeVersion)
            .query(Long.class)
            .optional();
    }

    void rename(long id, String name) {
        db.sql("UPDATE readers SET display_name = :name WHERE id = :id").param("name", name).param("id", id).update();
    }

    void updatePassword(long id, String passwordHash) {
        db.sql("UPDATE readers SET password_hash = :hash WHERE id = :id").param("hash", passwordHash).param("id", id).update();
    }

    /** False when another account has the address (the unique index decides, also in a race). */
    boolean updateEmail(long id, String email) {
        return db.sql("""
                UPDATE readers SET email = :email
                WHERE id = :id AND NOT EXISTS (SELECT 1 FROM readers other WHERE other.email = :email AND other.id <> :id)""")
            .param("email", email)
            .param("id", id)
            .update() == 1;
    }

    void notifyReplies(long id, boolean on) {
        db.sql("UPDATE readers SET notify_replies = :on WHERE id = :id").param("on", on).param("id", id).update();
    }

    void delete(long id) {
        db.sql("DELETE FROM readers WHERE id = :id").param("id", id).update();
    }

    // Mailed links.

    /**
     * A new link. For a password reset or a new address, earlier unused links of the same purpose
     * stop working, so only the newest mail counts; sign-up links stand alone (each makes the
     * account it was asked for).
     */
    void insertToken(String hash, Token token) {
        if (token.readerId() != null) {
            db.sql("UPDATE reader_tokens SET used_at = :now WHERE reader_id = :reader AND purpose = :purpose AND used_at IS NULL")
                .param("now", Timestamps.param(token.createdAt()))
                .param("reader", token.readerId())
                .param("purpose", token.purpose().name())
                .update();
        }
        db.sql("""
                INSERT INTO reader_tokens (token_hash, reader_id, purpose, email, display_name, password_hash, created_at, expires_at)
                VALUES (:hash, :reader, :purpose, :email, :name, :password, :now, :expires)""")
            .param("hash", hash)
            .param("reader", token.readerId(), Types.BIGINT)
            .param("purpose", token.purpose().name())
            .param("email", token.email(), Types.VARCHAR)
            .param("name", token.displayName(), Types.VARCHAR)
            .param("password", token.passwordHash(), Types.VARCHAR)
            .param("now", Timestamps.param(token.createdAt()))
            .param("expires", Timestamps.param(token.expiresAt()))
            .update();
    }

    private static final String TOKEN = """
        SELECT token_hash, reader_id, purpose, email, display_name, password_hash, created_at, expires_at, used_at
        FROM reader_tokens""";

    Optional<Token> token(String hash) {
        return db.sql(TOKEN + " WHERE token_hash = :hash")
            .param("hash", hash)
            .query(ReaderStore::toToken)
            .optional();
    }

    /** The newest sign-up for this address that still waits for its link to be opened. */
    Optional<Token> pendingSignUp(String email, Instant now) {
        return db.sql(TOKEN + " WHERE email = :email AND purpose = 'SIGN_UP' AND used_at IS NULL AND expires_at > :now ORDER BY created_at DESC LIMIT 1")
            .param("email", email)
            .param("now", Timestamps.param(now))
            .query(ReaderStore::toToken)
            .optional();
    }

    /**
     * Uses a link once: false when it was used (or replaced) already or has expired, also when two
     * requests race. The password a sign-up carried is not kept once the account has it.
     */
    boolean useToken(String hash, Instant now) {
        return db.sql("""
                UPDATE reader_tokens SET used_at = :now, password_hash = NULL
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
            .param("now", Timestamps.param(now))
            .param("hash", hash)
            .update() == 1;
    }

    int deleteTokens(Instant expiredBefore) {
        return db.sql("DELETE FROM reader_tokens WHERE expires_at < :before")
            .param("before", Timestamps.param(expiredBefore))
            .update();
    }

    // Consents.

    void giveConsent(long readerId, String kind, String textVersion, Instant now) {
        db.sql("INSERT INTO reader_consents (reader_id, kind, text_version, given_at) VALUES (:reader, :kind, :version, :now)")
            .param("reader", readerId)
            .param("kind", kind)
            .param("version", textVersion)
            .param("now", Timestamps.param(now))
            .update();
    }

    boolean consentInForce(long readerId, String kind) {
        return db.sql("SELECT COUNT(*) FROM reader_consents WHERE reader_id = :reader AND kind = :kind AND withdrawn_at IS NULL")
            .param("reader", readerId)
            .param("kind", kind)
            .query(Long.class)
            .single() > 0;
    }

    /** @return how many consents were in force */
    int withdrawConsents(long readerId, String kind, Instant now) {
        return db.sql("""
                UPDATE reader_consents SET withdrawn_at = :now
                WHERE reader_id = :reader AND withdrawn_at IS NULL AND (:kind = '' OR kind = :kind)""")
            .param("now", Timestamps.param(now))
            .param("reader", readerId)
            .param("kind", kind)
            .update();
    }

    List<Consent> consents(long readerId) {
        return db.sql("SELECT kind, text_version, given_at, withdrawn_at FROM reader_consents WHERE reader_id = :reader ORDER BY id")
            .param("reader", readerId)
            .query((rs, row) -> new Consent(rs.getString("kind"), rs.getString("text_version"), Timestamps.read(rs, "given_at"),
                Timestamps.read(rs, "withdrawn_at")))
            .list();
    }

    private static Account toAccount(ResultSet rs, int row) throws SQLException {
        Reader reader = new Reader(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
            rs.getBoolean("notify_replies"), Timestamps.read(rs, "created_at"));
        return new Account(reader, rs.getString("password_hash"), rs.getString("notice_version"));
    }

    private static Token toToken(ResultSet rs, int row) throws SQLException {
        long reader = rs.getLong("reader_id");
        Long readerId = rs.wasNull() ? null : reader;
        return new Token(rs.getString("token_hash"), readerId, Purpose.valueOf(rs.getString("purpose")), rs.getString("email"),
            rs.getString("display_name"), rs.getString("password_hash"), Timestamps.read(rs, "created_at"),
            Timestamps.read(rs, "expires_at"), Timestamps.read(rs, "used_at"));
    }
}
