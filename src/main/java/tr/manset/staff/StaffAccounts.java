package tr.manset.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates staff accounts and keeps count of failed sign-ins. */
@Service
public class StaffAccounts {

    /** Failures allowed before waiting starts; then the wait doubles with each failure. */
    static final int FREE_ATTEMPTS = 3;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final StaffStore store;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffAccounts(StaffStore store, PasswordEncoder passwords, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    public StaffMember create(String email, String name, Role role, String password, Set<Long> categoryIds) {
        long id = store.insert(normalized(email), name.strip(), role, passwords.encode(password), clock.instant());
        store.assignCategories(id, role == Role.EDITOR ? categoryIds : Set.of());
        return store.find(id).orElseThrow().member();
    }

    /** Changes what a member may do; an Editör's categories only matter for that role. */
    @Transactional
    public StaffMember change(long id, Role role, Set<Long> categoryIds, boolean disabled) {
        store.update(id, role, disabled);
        store.assignCategories(id, role == Role.EDITOR ? categoryIds : Set.of());
        return store.find(id).orElseThrow().member();
    }

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** A password to hand over once (first admin, new staff), without look-alike characters. */
    public static String oneTimePassword() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            out.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return out.toString();
    }

    /** Shortest password accepted, for the first admin and for every change. */
    public static final int PASSWORD_MIN = 10;

    /** Changes a member's own password when the current one is right; false changes nothing. */
    @Transactional
    public boolean changePassword(StaffMember member, String current, String next) {
        StaffStore.Account account = store.find(member.id()).orElseThrow();
        if (next == null || next.length() < PASSWORD_MIN || !passwords.matches(current == null ? "" : current, account.passwordHash())) {
            return false;
        }
        store.updatePassword(member.id(), passwords.encode(next));
        return true;
    }

    public boolean emailTaken(String email) {
        return store.findByEmail(normalized(email)).isPresent();
    }

    public Optional<StaffMember> find(long id) {
        return store.find(id).map(StaffStore.Account::member);
    }

    public List<StaffMember> all() {
        return store.findAll();
    }

    /**
     * Checks an e-mail and password for the API's token endpoint, with the same growing waits
     * as the sign-in form. Empty when wrong, waiting or disabled.
     */
    public Optional<StaffMember> verify(String email, String password) {
        Optional<StaffStore.Account> account = account(email);
        if (account.isEmpty()) {
            passwords.matches(password == null ? "" : password, DUMMY_HASH);
            return Optional.empty();
        }
        StaffStore.Account found = account.get();
        if (found.lockedUntil() != null && found.lockedUntil().isAfter(clock.instant())) {
            return Optional.empty();
        }
        if (!passwords.matches(password == null ? "" : password, found.passwordHash())) {
            signInFailed(email);
            return Optional.empty();
        }
        signInSucceeded(found.member().id());
        return Optional.of(found.member()).filter(member -> !member.disabled());
    }

    /** Keeps an unknown e-mail as slow as a known one, so the answer time tells nothing. */
    private static final String DUMMY_HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z4.Sr6P1GZ5Ehm6vPvvd7YLa";

    boolean anyExists() {
        return store.count() > 0;
    }

    Optional<StaffStore.Account> account(String email) {
        return store.findByEmail(normalized(email));
    }

    /** After a wrong password: from the fourth failure on, the next try waits 1, 2, 4 … seconds. */
    void signInFailed(String email) {
        account(email).ifPresent(account -> {
            int failures = account.failedAttempts() + 1;
            Instant until = failures <= FREE_ATTEMPTS ? null : clock.instant().plus(waitAfter(failures));
            store.recordFailure(account.member().id(), failures, until);
        });
    }

    void signInSucceeded(long id) {
        store.clearFailures(id);
    }

    Instant now() {
        return clock.instant();
    }

    static Duration waitAfter(int failures) {
        int doublings = Math.min(failures - FREE_ATTEMPTS - 1, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** E-mail addresses are not Turkish text: ASCII rules, so "I" stays "i". */
    static String normalized(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
