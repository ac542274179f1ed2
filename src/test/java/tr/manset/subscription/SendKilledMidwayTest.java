package tr.manset.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tr.manset.TestDatabase;
import tr.manset.TestMailServer;

/**
 * Exactly once per subscriber per mailing, with a real kill: the application runs in a JVM of its
 * own, fans a mailing out to 100 subscribers and sends it through a relay to the test's SMTP
 * server. The relay holds the 40th mail before the server accepts it, the test kills the JVM
 * (SIGKILL) at that moment and starts it again on the same database: the held mail and the rest
 * arrive, each subscriber's once.
 *
 * <p>What no test can close: a crash after the SMTP server answered 250 for a mail and before the
 * application wrote SENT. That mail is sent again when its lease runs out (see OutboxSender); the
 * window is the time of one database update.
 */
@Tag("database")
class SendKilledMidwayTest {

    static final int SUBSCRIBERS = 100;
    static final int HELD = 40;
    static final Duration LEASE = Duration.ofSeconds(3);

    @Test
    void aSendKilledMidwayResumesWithNoDuplicateAndNoLoss() throws Exception {
        Path dataDir = Files.createTempDirectory("manset-killed-");
        String run = Long.toString(System.nanoTime(), 36);
        List<String> addresses = new ArrayList<>();
        for (int i = 1; i <= SUBSCRIBERS; i++) {
            addresses.add("kill-" + run + "-" + i + "@abonelik.example");
        }
        Database database = TestDatabase.postgresql()
            ? new Database(TestDatabase.newPostgresDatabase(), "postgres", "")
            : new Database("jdbc:sqlite:" + dataDir.resolve("manset.db"), "", "");

        try (HoldingRelay relay = new HoldingRelay(TestMailServer.port(), HELD)) {
            List<String> arguments = new ArrayList<>(List.of("--manset.data-dir=" + dataDir, "--manset.demo=false",
                "--manset.admin.password=first-admin-password", "--manset.scheduler.initial-delay=PT1S",
                "--manset.mail.smtp.host=127.0.0.1", "--manset.mail.smtp.port=" + relay.port(), "--manset.mail.smtp.tls=none",
                "--manset.mail.lease=" + LEASE, "--manset.mail.per-minute=60000",
                "--manset.subscriptions.fan-out-chunk=10"));
            if (TestDatabase.postgresql()) {
                arguments.addAll(List.of("--manset.db.url=" + database.url(), "--manset.db.user=postgres", "--manset.db.password="));
            }

            long mailing;
            try (ApplicationProcess first = ApplicationProcess.start(dataDir.resolve("first.log"), arguments)) {
                first.awaitUp(Duration.ofMinutes(3));
                mailing = queueMailing(database, addresses);

                assertThat(relay.awaitHeld(Duration.ofMinutes(2))).as("the relay held a mail:\n" + first.tail()).isTrue();
                first.kill();
            }
            relay.dropHeld();

            // Killed in the middle: 39 arrived, the 40th was being sent, the rest were waiting.
            assertThat(received(run)).hasSize(HELD - 1);
            try (Connection db = database.connect()) {
                assertThat(count(db, mailing, "SENT")).isEqualTo(HELD - 1);
                assertThat(count(db, mailing, "SENDING")).isEqualTo(1);
            }

            try (ApplicationProcess second = ApplicationProcess.start(dataDir.resolve("second.log"), arguments)) {
                second.awaitUp(Duration.ofMinutes(3));
                awaitAllSent(database, mailing, second);
            }
            Thread.sleep(500);

            Map<String, Long> perAddress = received(run).stream()
                .collect(Collectors.groupingBy(SendKilledMidwayTest::recipient, Collectors.counting()));
            assertThat(perAddress.keySet()).containsExactlyInAnyOrderElementsOf(addresses);
            assertThat(perAddress.values()).containsOnly(1L);
            // The held mail went through the relay twice: once cut off, once whole.
            assertThat(relay.messages()).isEqualTo(SUBSCRIBERS + 1);
        }
    }

    record Database(String url, String user, String password) {
        Connection connect() throws SQLException {
            return url.startsWith("jdbc:sqlite:")
                ? DriverManager.getConnection(url + "?busy_timeout=10000")
                : DriverManager.getConnection(url, user, password);
        }
    }

    /** Confirmed subscribers and a mailing to them, as rows, the way the application's own services write them. */
    private static long queueMailing(Database database, List<String> addresses) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = database.connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement subscriber = db.prepareStatement("""
                    INSERT INTO subscribers (email, status, secret, created_at, confirmed_at)
                    VALUES (?, 'CONFIRMED', ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement list = db.prepareStatement("INSERT INTO subscriber_lists (subscriber_id, list) VALUES (?, 'son-dakika')")) {
                for (String address : addresses) {
                    subscriber.setString(1, address);
                    subscriber.setString(2, Tokens.random());
                    subscriber.setTimestamp(3, now);
                    subscriber.setTimestamp(4, now);
                    subscriber.executeUpdate();
                    try (ResultSet key = subscriber.getGeneratedKeys()) {
                        key.next();
                        list.setLong(1, key.getLong(1));
                    }
                    list.executeUpdate();
                }
            }
            long id;
            try (PreparedStatement mailing = db.prepareStatement("""
                    INSERT INTO mailings (kind, subject, digest_day, audience, items, state, created_by_name, created_at)
                    VALUES ('DIGEST', 'Günün Özeti: yarıda kesilen gönderim', '2000-01-01', 'son-dakika', ?, 'QUEUEING', 'Deneme', ?)""",
                    Statement.RETURN_GENERATED_KEYS)) {
                mailing.setString(1, """
                    [{"label":"GÜNDEM","headline":"Yarıda kesilen gönderim","spot":"Her aboneye bir kez.",\
                    "url":"http://localhost:8080/gundem/yarida-kesilen-gonderim-1","imageUrl":"","imageAlt":""}]""");
                mailing.setTimestamp(2, now);
                mailing.executeUpdate();
                try (ResultSet key = mailing.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            db.commit();
            return id;
        }
    }

    private static void awaitAllSent(Database database, long mailing, ApplicationProcess node) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        try (Connection db = database.connect()) {
            while (Instant.now().isBefore(until)) {
                if (count(db, mailing, "SENT") == SUBSCRIBERS) {
                    return;
                }
                Thread.sleep(250);
            }
            throw new AssertionError(count(db, mailing, "SENT") + " of " + SUBSCRIBERS + " sent:\n" + node.tail());
        }
    }

    private static long count(Connection db, long mailing, String status) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE mailing_id = ? AND status = ?")) {
            query.setLong(1, mailing);
            query.setString(2, status);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<MimeMessage> received(String run) {
        return Arrays.stream(TestMailServer.server().getReceivedMessages())
            .filter(message -> recipient(message).startsWith("kill-" + run + "-"))
            .toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
