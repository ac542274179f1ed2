package tr.manset.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to the form with the reason, in words the form turns into Turkish. */
class SignInFailures implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = switch (exception) {
            case LockedException locked -> "bekleyin";
            case DisabledException disabled -> "kapali";
            default -> "hatali";
        };
        response.sendRedirect(NewsroomSecurity.SIGN_IN + "?hata=" + reason);
    }
}
