package tr.manset.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tr.manset.audit.AuditLog;
import tr.manset.staff.ApiTokens;
import tr.manset.staff.StaffAccounts;

/**
 * POST /api/v1/auth/token: a bearer token for an e-mail and password. Wrong passwords count
 * towards the same growing wait as the sign-in form.
 */
@RestController
class TokenApi {

    record TokenRequest(String email, String password, String name) {}

    record TokenResponse(String token, long staffId, String name, String role) {}

    private final StaffAccounts accounts;
    private final ApiTokens tokens;
    private final AuditLog audit;

    TokenApi(StaffAccounts accounts, ApiTokens tokens, AuditLog audit) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
    }

    @PostMapping("/api/v1/auth/token")
    ResponseEntity<?> token(@RequestBody TokenRequest request, HttpServletRequest http) {
        var member = accounts.verify(request.email(), request.password());
        if (member.isEmpty()) {
            audit.record(null, String.valueOf(request.email()), "token.failed", "", "", http.getRemoteAddr());
            return ApiErrors.answer(HttpStatus.UNAUTHORIZED, ApiError.of("invalid_credentials",
                "E-posta adresi ya da parola hatalı (ya da çok sayıda hatalı deneme yapıldı; biraz bekleyin)."));
        }
        String secret = tokens.create(member.get(), request.name() == null ? "API" : request.name());
        audit.record(member.get().id(), member.get().email(), "token.create", "staff:" + member.get().id(),
            request.name() == null ? "" : request.name(), http.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(new TokenResponse(secret, member.get().id(), member.get().name(), member.get().role().name()));
    }
}
