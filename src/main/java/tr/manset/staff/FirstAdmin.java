package tr.manset.staff;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On the first start, when there is no staff member yet, creates the admin from
 * MANSET_ADMIN_EMAIL and MANSET_ADMIN_PASSWORD, or with a generated password printed once.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final StaffAccounts accounts;
    private final String email;
    private final String password;

    FirstAdmin(StaffAccounts accounts,
               @Value("${manset.admin.email:}") String email,
               @Value("${manset.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email.isBlank() ? "yonetici@manset.local" : email;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.anyExists()) {
            return;
        }
        if (password.isBlank()) {
            String generated = StaffAccounts.oneTimePassword();
            accounts.create(email, "Yönetici", Role.ADMIN, generated, Set.of());
            log.warn("Created the first admin account {} with the generated password {} (shown once: sign in at /yonetim and change it)",
                email, generated);
        } else {
            if (password.length() < StaffAccounts.PASSWORD_MIN) {
                throw new IllegalStateException("MANSET_ADMIN_PASSWORD must be at least 10 characters long");
            }
            accounts.create(email, "Yönetici", Role.ADMIN, password, Set.of());
            log.info("Created the first admin account {} from MANSET_ADMIN_EMAIL and MANSET_ADMIN_PASSWORD", email);
        }
    }
}
