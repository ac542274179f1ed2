package tr.manset.staff;

import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.audit.AuditLog;

/** /yonetim/denetim: the audit log, newest first, for admins. */
@NewsroomController
class AuditPageController {

    static final int PAGE_SIZE = 100;

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/yonetim/denetim")
    ModelAndView list(@ModelAttribute("me") StaffMember me,
                      @RequestParam(name = "islem", defaultValue = "") String action,
                      @RequestParam(name = "kisi", defaultValue = "") String actor,
                      @RequestParam(name = "sayfa", defaultValue = "1") int page) {
        if (!me.role().readsAuditLog()) {
            throw new AccessDeniedException(me.email() + " may not read the audit log");
        }
        int current = Math.max(1, page);
        return new ModelAndView("staff/audit", Map.of(
            "entries", audit.find(action.strip(), actor.strip(), PAGE_SIZE, (current - 1) * PAGE_SIZE),
            "action", action, "actor", actor, "page", current));
    }
}
