package tr.manset;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives each test application context its own empty database: a fresh SQLite file in a temporary
 * data directory, or, in the PostgreSQL lane (-Dmanset.test.db=postgresql), a fresh database on a
 * real PostgreSQL server started once per JVM.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("manset.test.db", "sqlite"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        try {
            Path dataDir = Files.createTempDirectory("manset-test-");
            properties.put("manset.data-dir", dataDir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (postgresql()) {
            String name = "manset_" + DATABASES.incrementAndGet();
            createDatabase(name);
            properties.put("manset.db.url", server().getJdbcUrl("postgres", name));
            properties.put("manset.db.user", "postgres");
            properties.put("manset.db.password", "");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties));
    }

    /** A new, empty database on the shared test PostgreSQL server, for tests that start several nodes on it. */
    public static String newPostgresDatabase() {
        String name = "manset_" + DATABASES.incrementAndGet();
        createDatabase(name);
        return server().getJdbcUrl("postgres", name);
    }

    static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start PostgreSQL for tests", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
        }
        return postgres;
    }

    private static void createDatabase(String name) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
    }
}
