package tr.manset.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tr.manset.system.SiteProperties;
import tr.manset.system.web.Assets;

/**
 * Gives newsroom controllers the signed-in member, read fresh from the database on every request
 * (so a changed role or a disabled account takes effect at once), and their pages the {@link Desk}.
 */
@ControllerAdvice(annotations = NewsroomController.class)
class DeskAdvice {

    private final StaffAccounts accounts;
    private final SiteProperties site;
    private final Assets assets;

    DeskAdvice(StaffAccounts accounts, SiteProperties site, Assets assets) {
        this.accounts = accounts;
        this.site = site;
        this.assets = assets;
    }

    @ModelAttribute("me")
    StaffMember me(@AuthenticationPrincipal StaffPrincipal principal) {
        if (principal == null) {
            throw new AccessDeniedException("not signed in");
        }
        StaffMember member = accounts.find(principal.id()).orElseThrow(() -> new AccessDeniedException("no such staff member"));
        if (member.disabled()) {
            throw new AccessDeniedException("account disabled");
        }
        return member;
    }

    @ModelAttribute("desk")
    Desk desk(@ModelAttribute("me") StaffMember me, HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new Desk(me, site.siteName(), csrf, assets.url("/assets/site.css"), assets.url("/assets/newsroom.css"),
            assets.url("/assets/editor.js"), assets.url("/assets/autosave.js"),
            assets.url("/assets/moderation.js"));
    }
}
