package tr.manset.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tr.manset.system.storage.Timestamps;

@Repository
class StaffStore {

    /** A staff row with what only signing in needs. */
    record Account(StaffMember member, String passwordHash, int failedAttempts, Instant lockedUntil) {}

    private static final String COLUMNS = """
            id, email, name, role, password_hash, disabled, failed_attempts, locked_until
            """;

    private final JdbcClient db;

    StaffStore(JdbcClient db) {
        this.db = db;
    }

    long count() {
        return db.sql("SELECT COUNT(*) FROM staff").query(Long.class).single();
    }

    Optional<Account> findByEmail(String email) {
        return db.sql("SELECT " + COLUMNS + "FROM staff WHERE email = :email")
            .param("email", email)
            .query(StaffStore::toAccount)
            .optional()
            .map(this::withCategories);
    }

    Optional<Account> find(long id) {
        return db.sql("SELECT " + COLUMNS + "FROM staff WHERE id = :id")
            .param("id", id)
            .query(StaffStore::toAccount)
            .optional()
            .map(this::withCategories);
    }

    List<StaffMember> findAll() {
        return db.sql("SELECT " + COLUMNS + "FROM staff ORDER BY name")
            .query(StaffStore::toAccount)
            .list()
            .stream()
            .map(a -> withCategories(a).member())
            .toList();
    }

    long insert(String email, String name, Role role, String passwordHash, Instant now) {
        return db.sql("""
                INSERT INTO staff (email, name, role, password_hash, created_at)
                VALUES (:email, :name, :role, :hash, :now)
                RETURNING id
                """)
            .param("email", email)
            .param("name", name)
            .param("role", role.name())
            .param("hash", passwordHash)
            .param("now", Timestamps.param(now))
            .query(Long.class)
            .single();
    }

    void assignCategories(long staffId, Set<Long> categoryIds) {
        db.sql("DELETE FROM staff_categories WHERE staff_id = :id").param("id", staffId).update();
        for (long categoryId : categoryIds) {
            db.sql("INSERT INTO staff_categories (staff_id, category_id) VALUES (:staffId, :categoryId)")
                .param("staffId", staffId)
                .param("categoryId", categoryId)
                .update();
        }
    }

    void update(long id, Role role, boolean disabled) {
        db.sql("UPDATE staff SET role = :role, disabled = :disabled WHERE id = :id")
            .param("role", role.name())
            .param("disabled", disabled)
            .param("id", id)
            .update();
    }

    void updatePassword(long id, String passwordHash) {
        db.sql("UPDATE staff SET password_hash = :hash WHERE id = :id")
            .param("hash", passwordHash)
            .param("id", id)
            .update();
    }

    void recordFailure(long id, int failedAttempts, Instant lockedUntil) {
        db.sql("UPDATE staff SET failed_attempts = :failed, locked_until = :until WHERE id = :id")
            .param("failed", failedAttempts)
            .param("until", Timestamps.param(lockedUntil), Types.TIMESTAMP)
            .param("id", id)
            .update();
    }

    void clearFailures(long id) {
        db.sql("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
            .param("id", id)
            .update();
    }

    private Account withCategories(Account account) {
        List<Long> ids = db.sql("SELECT category_id FROM staff_categories WHERE staff_id = :id")
            .param("id", account.member().id())
            .query(Long.class)
            .list();
        StaffMember m = account.member();
        return new Account(new StaffMember(m.id(), m.email(), m.name(), m.role(), new HashSet<>(ids), m.disabled()),
            account.passwordHash(), account.failedAttempts(), account.lockedUntil());
    }

    private static Account toAccount(ResultSet rs, int row) throws SQLException {
        StaffMember member = new StaffMember(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
            Role.valueOf(rs.getString("role")), Set.of(), rs.getBoolean("disabled"));
        return new Account(member, rs.getString("password_hash"), rs.getInt("failed_attempts"),
            Timestamps.read(rs, "locked_until"));
    }
}
