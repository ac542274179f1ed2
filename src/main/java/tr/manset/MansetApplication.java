package tr.manset;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

// Staff accounts come with the newsroom; until then no user store is wanted.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class MansetApplication {

    public static void main(String[] args) {
        // Images are drawn and resized with Java2D on machines without a display.
        System.setProperty("java.awt.headless", "true");
        SpringApplication.run(MansetApplication.class, args);
    }
}
