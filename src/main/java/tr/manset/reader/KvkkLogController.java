package tr.manset.reader;

import java.time.Clock;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.staff.NewsroomController;
import tr.manset.staff.StaffMember;
import tr.manset.system.web.Paged;

/** /yonetim/kvkk: the log of readers' KVKK requests with their 30-day deadlines, for admins. */
@NewsroomController
class KvkkLogController {

    static final int PAGE_SIZE = 50;

    private final KvkkLog log;
    private final Clock clock;

    KvkkLogController(KvkkLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GetMapping("/yonetim/kvkk")
    ModelAndView list(@ModelAttribute("me") StaffMember me, @RequestParam(name = "sayfa", defaultValue = "1") int page) {
        if (!me.role().handlesPersonalDataRequests()) {
            throw new AccessDeniedException(me.email() + " may not read the KVKK request log");
        }
        int current = Math.max(1, page);
        Paged<KvkkRequest> requests = new Paged<>(log.page(PAGE_SIZE, Paged.offset(current, PAGE_SIZE)), current, PAGE_SIZE, log.count());
        return new ModelAndView("reader/kvkk", Map.of("requests", requests, "now", clock.instant()));
    }
}
