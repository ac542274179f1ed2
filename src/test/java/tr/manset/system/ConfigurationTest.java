package tr.manset.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.NestedExceptionUtils;
import tr.manset.MansetApplication;

class ConfigurationTest {

    @TempDir Path dataDir;

    @Test
    void refusesToStartWithABadBaseUrlAndNamesIt() {
        Throwable failure = start("--manset.base-url=localhost:8080");
        assertThat(NestedExceptionUtils.getMostSpecificCause(failure).getMessage() + failure.getMessage())
            .contains("manset.base-url");
    }

    @Test
    void refusesToStartWithADatabaseUrlThatIsNotPostgresql() {
        Throwable failure = start("--manset.db.url=jdbc:mysql://localhost/manset");
        assertThat(failure.getMessage() + NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
            .contains("manset.db.url");
    }

    @Test
    void refusesToStartWithAFlushIntervalUnderASecondAndNamesIt() {
        Throwable failure = start("--manset.reads.flush-interval=0s");
        assertThat(failure.getMessage() + NestedExceptionUtils.getMostSpecificCause(failure).getMessage())
            .contains("manset.reads.flush-interval");
    }

    @Test
    void createsTheDataDirectoryWithTheSqliteFile() {
        Path nested = dataDir.resolve("deeper/data");
        SpringApplication app = new SpringApplication(MansetApplication.class);
        app.setDefaultProperties(java.util.Map.of("server.port", "0"));
        try (var context = app.run("--manset.data-dir=" + nested, "--manset.demo=false", "--gg.jte.use-precompiled-templates=true")) {
            assertThat(Files.exists(nested.resolve("manset.db"))).isTrue();
        }
    }

    private Throwable start(String setting) {
        SpringApplication app = new SpringApplication(MansetApplication.class);
        app.setDefaultProperties(java.util.Map.of("server.port", "0"));
        return catchThrowable(() -> app.run("--manset.data-dir=" + dataDir, "--manset.demo=false", setting).close());
    }
}
