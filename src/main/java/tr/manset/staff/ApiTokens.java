package tr.manset.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Types;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tr.manset.system.storage.Timestamps;

/**
 * Bearer tokens for the JSON API, each acting as the staff member who made it. The token itself
 * is shown once; only its SHA-256 hash is stored, so a database leak gives no working token.
 */
@Service
public class ApiTokens {

    /** A token as its owner sees it in the newsroom: never the secret itself. */
    public record Token(long id, String name, String created, String lastUsed) {}

    private static final String PREFIX = "mnst_";

    private final JdbcClient db;
    private final StaffAccounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient db, StaffAccounts accounts, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Creates a token for the member and returns its secret, which is not stored. */
    public String create(StaffMember member, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        db.sql("""
                INSERT INTO api_tokens (staff_id, name, token_hash, created_at)
                VALUES (:staffId, :name, :hash, :now)
                """)
            .param("staffId", member.id())
            .param("name", name == null || name.isBlank() ? "API" : name.strip())
            .param("hash", hash(secret))
            .param("now", Timestamps.param(clock.instant()))
            .update();
        return secret;
    }

    /** The member a token acts for, when it is known, not revoked, and the member not disabled. */
    public Optional<StaffMember> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<Long> staffId = db.sql("""
                SELECT staff_id
                FROM api_tokens
                WHERE token_hash = :hash AND revoked_at IS NULL
                """)
            .param("hash", hash(secret))
            .query(Long.class)
            .optional();
        staffId.ifPresent(id -> db.sql("UPDATE api_tokens SET last_used_at = :now WHERE token_hash = :hash")
            .param("now", Timestamps.param(clock.instant()))
            .param("hash", hash(secret))
            .update());
        return staffId.flatMap(accounts::find).filter(member -> !member.disabled());
    }

    public List<Token> of(StaffMember member) {
        return db.sql("""
                SELECT id, name, created_at, last_used_at
                FROM api_tokens
                WHERE staff_id = :staffId AND revoked_at IS NULL
                ORDER BY id DESC
                """)
            .param("staffId", member.id())
            .query((rs, n) -> new Token(rs.getLong("id"), rs.getString("name"),
                tr.manset.system.time.TurkishTime.dateTime(Timestamps.read(rs, "created_at")),
                tr.manset.system.time.TurkishTime.dateTime(Timestamps.read(rs, "last_used_at"))))
            .list();
    }

    public boolean revoke(StaffMember member, long tokenId) {
        return db.sql("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND staff_id = :staffId AND revoked_at IS NULL")
            .param("now", Timestamps.param(clock.instant()), Types.TIMESTAMP)
            .param("id", tokenId)
            .param("staffId", member.id())
            .update() == 1;
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
