package tr.manset.staff;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every newsroom page shows around its content: who is signed in, the site's name, and the
 * CSRF token its forms send back.
 */
public record Desk(StaffMember me, String siteName, CsrfToken csrf, String stylesheet, String newsroomStylesheet,
                   String editorScript, String autosaveScript, String moderationScript) {

    public String csrfParameter() {
        return csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf.getToken();
    }
}
