package tr.manset.staff;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The staff member behind the current request, read fresh from the database (a disabled account is refused). */
@Component
public class CurrentStaff {

    private final StaffAccounts accounts;

    CurrentStaff(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    public StaffMember get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal principal)) {
            throw new AccessDeniedException("not signed in");
        }
        return accounts.find(principal.id()).filter(member -> !member.disabled())
            .orElseThrow(() -> new AccessDeniedException("account " + principal.id() + " is disabled or gone"));
    }
}
