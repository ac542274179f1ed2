package tr.manset.comment.traffic;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tr.manset.staff.StaffMember;
import tr.manset.staff.NewsroomController;
import tr.manset.system.text.CsvWriter;
import tr.manset.system.time.TurkishTime;

/**
 * /yonetim/moderasyon/trafik: the comment traffic log for admins, newest first, narrowed by date
 * range, IP address and action, a page at a time; the same selection downloads as CSV.
 */
@NewsroomController
class TrafficPageController {

    static final String BASE = "/yonetim/moderasyon/trafik";
    static final int PAGE_SIZE = 100;
    static final int EXPORT_BATCH = 1000;
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(TurkishTime.ISTANBUL);

    private final TrafficLog traffic;
    private final TrafficRetention retention;
    private final Clock clock;

    TrafficPageController(TrafficLog traffic, TrafficRetention retention, Clock clock) {
        this.traffic = traffic;
        this.retention = retention;
        this.clock = clock;
    }

    @GetMapping(BASE)
    ModelAndView list(@ModelAttribute("me") StaffMember me,
                      @RequestParam(name = "bas", defaultValue = "") String from,
                      @RequestParam(name = "bit", defaultValue = "") String to,
                      @RequestParam(name = "ip", defaultValue = "") String ip,
                      @RequestParam(name = "islem", defaultValue = "") String action,
                      @RequestParam(name = "once", defaultValue = "") String before,
                      HttpServletResponse response) {
        TrafficLog.requireReader(me);
        TrafficFilter filter = TrafficFilter.parse(from, to, ip, action);
        List<TrafficEntry> entries = List.of();
        String next = "";
        TrafficCursor cursor = TrafficCursor.parse(before).orElse(null);
        if (filter.valid()) {
            List<TrafficEntry> rows = traffic.find(filter, cursor, PAGE_SIZE + 1);
            entries = rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows;
            if (rows.size() > PAGE_SIZE) {
                next = link(filter, "once=" + TrafficCursor.after(entries.getLast()).text());
            }
        } else {
            response.setStatus(400);
        }
        return new ModelAndView("moderation/traffic", Map.of(
            "filter", filter,
            "entries", entries,
            "actions", List.of(TrafficAction.values()),
            "next", next,
            "newest", cursor == null ? "" : link(filter, ""),
            "csv", BASE + ".csv" + (filter.query().isEmpty() ? "" : "?" + filter.query()),
            "retention", retention.describe()));
    }

    @GetMapping(BASE + ".csv")
    ModelAndView export(@ModelAttribute("me") StaffMember me,
                        @RequestParam(name = "bas", defaultValue = "") String from,
                        @RequestParam(name = "bit", defaultValue = "") String to,
                        @RequestParam(name = "ip", defaultValue = "") String ip,
                        @RequestParam(name = "islem", defaultValue = "") String action,
                        HttpServletRequest request, HttpServletResponse response) throws IOException {
        TrafficLog.requireReader(me);
        TrafficFilter filter = TrafficFilter.parse(from, to, ip, action);
        if (!filter.valid()) {
            return list(me, from, to, ip, action, "", response);
        }
        response.setContentType(CsvWriter.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("yorum-trafik-kaydi-" + FILE_STAMP.format(clock.instant()) + ".csv", StandardCharsets.UTF_8)
            .build().toString());
        CsvWriter csv = new CsvWriter(response.getOutputStream());
        traffic.export(filter, csv, EXPORT_BATCH, me, request.getRemoteAddr());
        csv.flush();
        return null;
    }

    private static String link(TrafficFilter filter, String extra) {
        String query = filter.query();
        if (!extra.isEmpty()) {
            query = query.isEmpty() ? extra : query + "&" + extra;
        }
        return query.isEmpty() ? BASE : BASE + "?" + query;
    }
}
