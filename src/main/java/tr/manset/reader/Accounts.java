package tr.manset.reader;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tr.manset.reader.ReaderStore.Account;
import tr.manset.reader.ReaderStore.Purpose;
import tr.manset.reader.ReaderStore.Token;

/**
 * What readers do with their accounts: sign up, confirm by mailed link, sign in, reset and change
 * the password, change the address or the name. Nothing here tells whether an address has an
 * account: sign-up and reset answer alike for every address and send mail only to its owner,
 * at most once per {@link ReaderProperties#mailInterval()} for each kind of mail.
 *
 * <p>Throttles count in statements of their own, outside the transactions that follow them.
 */
@Service
class Accounts {

    /** The version of the KVKK notice (/kvkk-aydinlatma-metni) shown at sign-up, kept with each account. */
    static final String NOTICE_VERSION = "2026-12";
    static final String REPLY_CONSENT = "REPLY_NOTICES";
    static final String REPLY_CONSENT_TEXT = "yanit-bildirimi-1";
    static final int EMAIL_CHANGES_PER_HOUR = 5;
    /** Compared against when there is no account, so the answer takes as long as for a real one. */
    private static final String DUMMY_HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z4.Sr6P1GZ5Ehm6vPvvd7YLa";

    private final ReaderStore store;
    private final ReaderSessions sessions;
    private final ReaderMail mail;
    private final ReaderKeys keys;
    private final Throttle throttle;
    private final PasswordEncoder passwords;
    private final ReaderProperties properties;
    private final Clock clock;
    private final TransactionTemplate tx;

    Accounts(ReaderStore store, ReaderSessions sessions, ReaderMail mail, ReaderKeys keys, Throttle throttle,
             PasswordEncoder passwords, ReaderProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.sessions = sessions;
        this.mail = mail;
        this.keys = keys;
        this.throttle = throttle;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    // Signing up.

    /**
     * A sign-up. A new address gets a link that makes the account; an address with an account
     * gets a note saying so instead. Either way the reader sees the same answer.
     */
    void signUp(String emailInput, String nameInput, String password, String client) {
        String email = AccountRules.email(emailInput);
        String name = AccountRules.name(nameInput);
        AccountRules.password(password, null, email);
        if (!throttle.take("kayit:" + keys.hash("client", client), properties.signUpsPerClientPerHour(), Duration.ofHours(1))) {
            throw new AccountRefused(HttpStatus.TOO_MANY_REQUESTS,
                "Bu bağlantıdan kısa sürede çok sayıda kayıt yapıldı. Lütfen bir saat sonra yeniden deneyin.");
        }
        // Hashed whatever happens next, so every outcome takes the same time.
        String hash = passwords.encode(password);
        Optional<Account> existing = store.findByEmail(email);
        if (!mailAllowed("kayit", email)) {
            return;
        }
        if (existing.isPresent()) {
            mail.alreadyRegistered(email, existing.get().reader().displayName());
        } else {
            issueSignUp(email, name, hash);
        }
    }

    /** Opens the account a sign-up link was sent for. @return its id */
    long confirmSignUp(String token) {
        return tx.execute(status -> {
            Token found = check(token, Purpose.SIGN_UP);
            Instant now = clock.instant();
            if (!store.useToken(found.hash(), now)) {
                throw gone(Purpose.SIGN_UP);
            }
            return store.insert(found.email(), found.displayName(), found.passwordHash(), NOTICE_VERSION, now)
                .orElseThrow(() -> new AccountRefused(HttpStatus.CONFLICT,
                    "Bu e-posta adresiyle açılmış bir hesap zaten var. Giriş yapabilir ya da parolanızı sıfırlayabilirsiniz."));
        });
    }

    private void issueSignUp(String email, String name, String passwordHash) {
        String token = ReaderKeys.newToken();
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            store.insertToken(ReaderKeys.stored(token), new Token(null, null, Purpose.SIGN_UP, email, name, passwordHash, now,
                now.plus(properties.signUpLinkLifetime()), null));
            mail.verification(email, name, token);
        });
    }

    // Mailed links.

    /** The link behind a token, if it can still be used: 400 for a link that never existed, 410 for a used or expired one. */
    Token check(String token, Purpose purpose) {
        if (!ReaderKeys.tokenShaped(token)) {
            throw invalidLink();
        }
        Token found = store.token(ReaderKeys.stored(token)).filter(t -> t.purpose() == purpose).orElseThrow(Accounts::invalidLink);
        if (found.usedAt() != null || !found.expiresAt().isAfter(clock.instant())) {
            throw gone(purpose);
        }
        return found;
    }

    private static AccountRefused invalidLink() {
        return new AccountRefused(HttpStatus.BAD_REQUEST,
            "Bu bağlantı geçersiz. Lütfen e-postadaki bağlantıyı eksiksiz açtığınızdan emin olun.");
    }

    private static AccountRefused gone(Purpose purpose) {
        return new AccountRefused(HttpStatus.GONE, switch (purpose) {
            case SIGN_UP -> "Bu bağlantı daha önce kullanılmış ya da süresi dolmuş. Hesabınız açıldıysa giriş yapabilirsiniz; "
                + "açılmadıysa yeniden kayıt olun.";
            case RESET -> "Bu bağlantı daha önce kullanılmış ya da süresi dolmuş. Lütfen yeni bir parola sıfırlama bağlantısı isteyin.";
            case EMAIL_CHANGE -> "Bu bağlantı daha önce kullanılmış ya da süresi dolmuş. Adres değişikliğini hesabınızdan yeniden isteyin.";
        });
    }

    // Signing in.

    /** The reader with this address and password; refused with 400 when wrong, 403 before the address is confirmed, 429 when guessing. */
    Reader signIn(String emailInput, String password, String client) {
        String email = emailInput == null ? "" : emailInput.strip().toLowerCase(Locale.ROOT);
        String clientKey = "giris:c:" + keys.hash("client", client);
        String addressKey = "giris:a:" + keys.hash("email", email);
        Duration window = properties.signInWindow();
        if (throttle.count(clientKey, window) >= properties.signInFailuresPerClient()
                || throttle.count(addressKey, window) >= properties.signInFailuresPerAddress()) {
            throw new AccountRefused(HttpStatus.TOO_MANY_REQUESTS, "Çok sayıda hatalı giriş denemesi yapıldı. Lütfen "
                + window.toMinutes() + " dakika sonra yeniden deneyin.");
        }
        Optional<Account> account = email.isEmpty() ? Optional.empty() : store.findByEmail(email);
        if (account.isPresent() && matches(password, account.get().passwordHash())) {
            throttle.clear(addressKey);
            return account.get().reader();
        }
        if (account.isEmpty()) {
            Optional<Token> pending = email.isEmpty() ? Optional.empty() : store.pendingSignUp(email, clock.instant());
            if (pending.isPresent() && matches(password, pending.get().passwordHash())) {
                if (mailAllowed("kayit", email)) {
                    issueSignUp(email, pending.get().displayName(), pending.get().passwordHash());
                }
                throw new AccountRefused(HttpStatus.FORBIDDEN, "E-posta adresinizi henüz doğrulamadınız. Kayıt olurken "
                    + "gönderdiğimiz e-postadaki bağlantıyı açın; gelmediyse birkaç dakika içinde yenisini göndereceğiz.");
            }
            if (pending.isEmpty()) {
                matches(password, DUMMY_HASH);
            }
        }
        throttle.hit(clientKey, window);
        throttle.hit(addressKey, window);
        throw new AccountRefused(HttpStatus.BAD_REQUEST, "E-posta adresi ya da parola hatalı.");
    }

    // Password reset.

    /** Sends a reset link to the address if it has an account; the answer is the same either way. */
    void requestReset(String emailInput, String client) {
        String email = AccountRules.email(emailInput);
        if (!throttle.take("sifre:c:" + keys.hash("client", client), properties.resetsPerClientPerHour(), Duration.ofHours(1))) {
            throw new AccountRefused(HttpStatus.TOO_MANY_REQUESTS,
                "Kısa sürede çok sayıda parola sıfırlama isteği yapıldı. Lütfen bir saat sonra yeniden deneyin.");
        }
        Optional<Account> account = store.findByEmail(email);
        if (account.isEmpty() || !mailAllowed("sifre", email)) {
            return;
        }
        String token = ReaderKeys.newToken();
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            store.insertToken(ReaderKeys.stored(token), new Token(null, account.get().id(), Purpose.RESET, null, null, null, now,
                now.plus(properties.resetLinkLifetime()), null));
            mail.reset(email, account.get().reader().displayName(), token);
        });
    }

    /** Sets a new password with a reset link; every session of the account ends. @return the account's id */
    long reset(String token, String password, String again) {
        Token found = check(token, Purpose.RESET);
        Account account = store.find(found.readerId()).orElseThrow(() -> gone(Purpose.RESET));
        AccountRules.password(password, again, account.reader().email());
        String hash = passwords.encode(password);
        tx.executeWithoutResult(status -> {
            if (!store.useToken(found.hash(), clock.instant())) {
                throw gone(Purpose.RESET);
            }
            store.updatePassword(account.id(), hash);
            sessions.endOthers(account.id(), null);
        });
        return account.id();
    }

    // Changes a signed-in reader makes.

    Reader rename(Reader reader, String nameInput) {
        String name = AccountRules.name(nameInput);
        store.rename(reader.id(), name);
        return store.find(reader.id()).orElseThrow().reader();
    }

    /** A new password after the current one; the reader's other browsers are signed out. */
    void changePassword(ReaderSessions.Session session, String current, String next, String again) {
        Account account = store.find(session.reader().id()).orElseThrow();
        requirePassword(account, current, "Şu anki parolanız doğru değil.");
        AccountRules.password(next, again, account.reader().email());
        String hash = passwords.encode(next);
        tx.executeWithoutResult(status -> {
            store.updatePassword(account.id(), hash);
            sessions.endOthers(account.id(), session.tokenHash());
        });
    }

    /**
     * Asks to move the account to another address: it changes only when the link mailed there is
     * opened. An address that has an account of its own gets a note instead, and the reader sees
     * the same answer.
     */
    void requestEmailChange(Reader reader, String emailInput, String password) {
        String email = AccountRules.email(emailInput);
        Account account = store.find(reader.id()).orElseThrow();
        requirePassword(account, password, "Parolanız doğru değil.");
        if (email.equals(account.reader().email())) {
            throw new AccountRefused(HttpStatus.BAD_REQUEST, "Bu zaten hesabınızın e-posta adresi.");
        }
        // Each new address gets one mail per interval; this keeps one account from writing to many.
        if (!throttle.take("eposta:r:" + account.id(), EMAIL_CHANGES_PER_HOUR, Duration.ofHours(1))) {
            throw new AccountRefused(HttpStatus.TOO_MANY_REQUESTS,
                "Kısa sürede çok sayıda adres değişikliği istediniz. Lütfen bir saat sonra yeniden deneyin.");
        }
        if (!mailAllowed("eposta", email)) {
            return;
        }
        if (store.findByEmail(email).isPresent()) {
            mail.emailInUse(email);
            return;
        }
        String token = ReaderKeys.newToken();
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            store.insertToken(ReaderKeys.stored(token), new Token(null, account.id(), Purpose.EMAIL_CHANGE, email, null, null, now,
                now.plus(properties.emailChangeLinkLifetime()), null));
            mail.emailChange(email, account.reader().displayName(), token);
        });
    }

    /** Moves the account to the address the link was sent to, and tells the old address. @return the account's id */
    long confirmEmailChange(String token) {
        return tx.execute(status -> {
            Token found = check(token, Purpose.EMAIL_CHANGE);
            Account account = store.find(found.readerId()).orElseThrow(() -> gone(Purpose.EMAIL_CHANGE));
            if (!store.useToken(found.hash(), clock.instant())) {
                throw gone(Purpose.EMAIL_CHANGE);
            }
            boolean changed;
            try {
                changed = store.updateEmail(account.id(), found.email());
            } catch (DuplicateKeyException taken) {
                changed = false;
            }
            if (!changed) {
                throw new AccountRefused(HttpStatus.CONFLICT,
                    "Bu e-posta adresi bu arada başka bir hesapta kullanılmaya başlandı. Hesabınızın adresi değişmedi.");
            }
            mail.emailChanged(account.reader().email(), account.reader().displayName(), found.email(), account.id(), found.hash());
            return account.id();
        });
    }

    /** Turns reply notices on or off; turning them on is a consent, kept with its time and text version. */
    void replyNotices(Reader reader, boolean on) {
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            store.notifyReplies(reader.id(), on);
            if (!on) {
                store.withdrawConsents(reader.id(), REPLY_CONSENT, now);
            } else if (!store.consentInForce(reader.id(), REPLY_CONSENT)) {
                store.giveConsent(reader.id(), REPLY_CONSENT, REPLY_CONSENT_TEXT, now);
            }
        });
    }

    /** Refuses with 400 unless the password is the account's; wrong ones count as failed sign-ins. */
    void confirmPassword(Reader reader, String password) {
        requirePassword(store.find(reader.id()).orElseThrow(), password, "Parolanız doğru değil.");
    }

    private void requirePassword(Account account, String password, String message) {
        if (!matches(password, account.passwordHash())) {
            throttle.hit("giris:a:" + keys.hash("email", account.reader().email()), properties.signInWindow());
            throw new AccountRefused(HttpStatus.BAD_REQUEST, message);
        }
    }

    /** bcrypt reads 72 bytes at most and refuses more: a longer password is simply wrong. */
    private boolean matches(String password, String hash) {
        String given = password == null ? "" : password;
        if (given.getBytes(StandardCharsets.UTF_8).length > AccountRules.PASSWORD_MAX_BYTES) {
            return false;
        }
        return passwords.matches(given, hash);
    }

    /** One mail of a kind per address per interval: a second request within it sends nothing. */
    private boolean mailAllowed(String kind, String email) {
        return throttle.take("posta:" + kind + ":" + keys.hash("email", email), 1, properties.mailInterval());
    }
}
