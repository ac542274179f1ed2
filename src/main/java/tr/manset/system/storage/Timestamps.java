package tr.manset.system.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Instants in and out of SQL, the same on both databases: TIMESTAMPTZ on PostgreSQL, epoch
 * milliseconds in an INTEGER column on SQLite (the SQLite driver's own representation).
 */
public final class Timestamps {

    private Timestamps() {}

    public static Timestamp param(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
