package tr.manset;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featuresKeepOutOfEachOthersInternals() {
        ApplicationModules.of(MansetApplication.class).verify();
    }
}
