package tr.manset.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tr.manset.audit.AuditLog;

/** Looks staff up for Spring Security, slows down password guessing, and audits every sign-in. */
@Component
class SignIn implements UserDetailsService {

    private final StaffAccounts accounts;
    private final AuditLog audit;

    SignIn(StaffAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public StaffPrincipal loadUserByUsername(String email) {
        StaffStore.Account account = accounts.account(email)
            .orElseThrow(() -> new UsernameNotFoundException("no staff member " + email));
        StaffMember m = account.member();
        return new StaffPrincipal(m.id(), m.email(), m.role(), account.passwordHash(), m.disabled(),
            account.lockedUntil(), accounts.now());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
            accounts.signInSucceeded(principal.id());
            audit.record(principal.id(), principal.email(), "signin", "staff:" + principal.id(), "", clientAddress());
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String email = String.valueOf(event.getAuthentication().getPrincipal());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.signInFailed(email);
        }
        audit.record(null, email, "signin.failed", "", event.getException().getClass().getSimpleName(), clientAddress());
    }

    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "";
    }
}
