package tr.manset.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.SiteTest;

@SiteTest
class OperationsTest {

    @Autowired Browser browser;

    @Test
    void reportsHealthWhenTheDatabaseAnswers() {
        var response = browser.get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }
}
