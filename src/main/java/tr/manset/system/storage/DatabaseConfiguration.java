package tr.manset.system.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tr.manset.system.SiteProperties;

/**
 * The embedded SQLite file under the data directory by default; PostgreSQL when MANSET_DB_URL is
 * set. Flyway picks the migrations of the running database from db/migration/{vendor}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DataSource dataSource(SiteProperties site) {
        HikariConfig config = site.db().external() ? postgresql(site.db()) : sqlite(site.dataDir());
        config.setPoolName("manset");
        config.setMaximumPoolSize(site.db().poolSizeOrDefault());
        return new HikariDataSource(config);
    }

    private static HikariConfig postgresql(SiteProperties.Database db) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.url());
        config.setUsername(db.user());
        config.setPassword(db.password());
        log.info("Database: PostgreSQL at {}", db.url());
        return config;
    }

    private static HikariConfig sqlite(Path dataDir) {
        Path file = dataDir.resolve("manset.db").toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("MANSET_DATA_DIR: cannot create " + dataDir.toAbsolutePath(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + file);
        // WAL lets readers go on while one writer writes; writers wait their turn instead of failing.
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", "10000");
        // A transaction takes the write lock when it begins, so two never deadlock upgrading a read lock.
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        log.info("Database: SQLite file {}", file);
        return config;
    }
}
