package tr.manset.reader;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Random tokens for cookies and mailed links, their stored hashes, and keyed hashes with a secret
 * that lives in the database (made once, shared by every node) and never leaves the server.
 */
@Component
class ReaderKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient db;
    private volatile SecretKeySpec key;

    ReaderKeys(JdbcClient db) {
        this.db = db;
    }

    /** 256 random bits as 43 URL-safe characters. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return BASE64.encodeToString(bytes);
    }

    /** Whether a value can be a token at all, so anything else is refused without a query. */
    static boolean tokenShaped(String value) {
        return value != null && value.matches("[A-Za-z0-9_-]{43}");
    }

    /** What the database keeps of a token: its SHA-256 (the token itself is random enough to need no key). */
    static String stored(String token) {
        try {
            return BASE64.encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A keyed hash of a value for one purpose ("client", "email", "form" …), 22 URL-safe characters. */
    String hash(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal((purpose + "|" + value).getBytes(StandardCharsets.UTF_8));
            return BASE64.encodeToString(digest).substring(0, 22);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Compares in constant time, so the answer time tells nothing about how much of a guess was right. */
    static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            db.sql("INSERT INTO reader_keys (name, value) VALUES ('hmac', :value) ON CONFLICT (name) DO NOTHING")
                .param("value", HexFormat.of().formatHex(random))
                .update();
            String stored = db.sql("SELECT value FROM reader_keys WHERE name = 'hmac'").query(String.class).single();
            current = new SecretKeySpec(HexFormat.of().parseHex(stored), "HmacSHA256");
            key = current;
        }
        return current;
    }
}
