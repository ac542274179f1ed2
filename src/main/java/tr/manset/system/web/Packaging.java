package tr.manset.system.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns when the site runs straight from the executable jar. Its class loader reads classes from
 * jars nested in the jar under locks that, with requests on virtual threads, can leave every
 * carrier thread waiting (spring-boot issues 51379 and 51463): on a two-core machine the first
 * burst of requests after a start has frozen the site. Extracted, the classes load from plain jars
 * (docs/operations.md).
 */
@Component
class Packaging {

    private static final Logger log = LoggerFactory.getLogger(Packaging.class);

    @EventListener(ApplicationStartedEvent.class)
    void warnWhenNested() {
        if (nested(Packaging.class.getClassLoader().getClass().getName())) {
            log.warn("Running from the executable jar: with virtual threads its nested-jar class loading can freeze the site "
                + "under the first requests. Extract it and start the extracted jar: "
                + "java -Djarmode=tools -jar manset.jar extract --destination app && java -jar app/manset.jar (docs/operations.md)");
        }
    }

    /** Whether classes come through Spring Boot's loader for nested jars, by the loader's class name. */
    static boolean nested(String classLoaderName) {
        return classLoaderName.startsWith("org.springframework.boot.loader.");
    }
}
