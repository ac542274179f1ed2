package tr.manset.comment.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tr.manset.comment.LawLogsTestSetup.MONDAY_0900;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tr.manset.Browser;
import tr.manset.MutableClock;
import tr.manset.Newsroom;
import tr.manset.SiteTest;
import tr.manset.audit.AuditLog;
import tr.manset.comment.LawLogsTestSetup;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;
import tr.manset.system.storage.Timestamps;
import tr.manset.system.text.CsvWriter;
import tr.manset.system.time.TurkishTime;

/**
 * The comment traffic log of Law 5651 art. 5: real POSTs under /yorum/ to a real server (the
 * comment controllers do not exist on this branch, so most answer 403 or 404, and must be logged
 * all the same), rows in the real database, retention with a clock moved by hand.
 */
@SiteTest
@Import(LawLogsTestSetup.class)
@TestPropertySource(properties = "server.forward-headers-strategy=framework")
@ExtendWith(OutputCaptureExtension.class)
class TrafficLogTest {

    static final String PAGE = "/yonetim/moderasyon/trafik";
    private static final AtomicInteger MARKS = new AtomicInteger();

    @Autowired MutableClock clock;
    @Autowired Newsroom newsroom;
    @Autowired Browser browser;
    @Autowired Environment environment;
    @Autowired TrafficLog traffic;
    @Autowired TrafficRetention retention;
    @Autowired AuditLog audit;
    @Autowired JdbcClient db;

    @BeforeEach
    void startOfDay() {
        clock.set(MONDAY_0900);
    }

    @Test
    void logsEveryReaderActionWithSourceAddressPortUrlAndStatus() {
        record Case(String path, String body, String action) {}
        List<Case> cases = List.of(
            new Case("/yorum/yaz/42", "metin=Merhaba", "yorum"),
            new Case("/yorum/yaz/42", "metin=Katılıyorum&ust=7", "cevap"),
            new Case("/yorum/yaz/42", "metin=Boş+üst&ust=", "yorum"),
            new Case("/yorum/7/oy", "yon=begen", "begeni"),
            new Case("/yorum/7/oy", "yon=begenme", "begenmeme"),
            new Case("/yorum/7/sikayet", "neden=hakaret", "sikayet"),
            new Case("/yorum/7/duzenle", "metin=x", "diger"));
        for (Case c : cases) {
            String url = c.path() + "?t=" + mark();
            Raw answer = rawPost(url, "application/x-www-form-urlencoded", c.body());

            TrafficEntry row = onlyRow(url);
            assertThat(row.action().code()).as(url).isEqualTo(c.action());
            assertThat(row.status()).as(url).isEqualTo(answer.status());
            assertThat(row.ip()).isEqualTo(answer.localAddress());
            assertThat(row.port()).isEqualTo(answer.localPort());
            assertThat(row.at()).isEqualTo(MONDAY_0900);
            // What the comment controllers made of it, e.g. "reddedildi: Lütfen adınızı yazın."; nothing for unknown paths.
            if (c.action().equals("diger")) {
                assertThat(row.result()).as(url).isEmpty();
            } else {
                assertThat(row.result()).as(url).isNotEmpty();
            }
        }
    }

    @Test
    void looksOnlyAtPostsUnderYorum() {
        String mark = mark();
        browser.get("/yorum/yaz/42?t=" + mark);
        rawPost("/abone?t=" + mark, "application/x-www-form-urlencoded", "eposta=a@b.c");
        rawPost("/yorumlar/1?t=" + mark, "application/x-www-form-urlencoded", "x=1");

        assertThat(rows(mark)).isEmpty();
    }

    @Test
    void logsARequestThatGetsPastSecurityAndFindsNoController() {
        String url = "/yorum/yaz/42?t=" + mark();
        Newsroom.Session reader = newsroom.anonymous();

        // The sign-in page hands out a CSRF token for the session, as a comment form will.
        HttpResponse<String> answer = reader.post(url, Map.of("metin", "Merhaba", "ust", "12"), "/yonetim/giris");

        // Past the CSRF check; on this branch no controller answers (404), later the comment module will.
        TrafficEntry row = onlyRow(url);
        assertThat(answer.statusCode()).isNotEqualTo(403);
        assertThat(row.status()).isEqualTo(answer.statusCode());
        assertThat(row.action()).isEqualTo(TrafficAction.REPLY);
    }

    @Test
    void keepsWhatTheControllerSaysHappenedAndLeavesAJsonBodyUnread() throws Exception {
        String url = "/yorum/deneme/json?t=" + mark();
        CsrfSession reader = new CsrfSession();
        String json = "{\"metin\":\"Çok güzel bir haber\",\"ust\":\"3\"}";

        HttpResponse<String> answer = reader.send(HttpRequest.newBuilder(reader.uri(url))
            .header("Content-Type", "application/json")
            .header("X-CSRF-TOKEN", reader.token)
            .POST(HttpRequest.BodyPublishers.ofString(json)));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(json);
        TrafficEntry row = onlyRow(url);
        assertThat(row.status()).isEqualTo(200);
        assertThat(row.result()).isEqualTo("yayımlandı");
        assertThat(row.action()).isEqualTo(TrafficAction.OTHER);
    }

    @Test
    void logsARequestThatFailsWithAnException() throws Exception {
        String url = "/yorum/deneme/hata?t=" + mark();
        CsrfSession reader = new CsrfSession();

        HttpResponse<String> answer = reader.send(HttpRequest.newBuilder(reader.uri(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + reader.token)));

        assertThat(answer.statusCode()).isEqualTo(500);
        TrafficEntry row = onlyRow(url);
        assertThat(row.status()).isEqualTo(500);
        assertThat(row.result()).isEqualTo("hata: IllegalStateException");
    }

    @Test
    void takesTheClientAddressAndPortFromTheProxysForwardedHeader() {
        String v4 = "/yorum/7/oy?t=" + mark();
        rawPost(v4, "application/x-www-form-urlencoded", "yon=begen", "Forwarded: for=\"203.0.113.7:51234\";proto=https");
        String v6 = "/yorum/7/sikayet?t=" + mark();
        rawPost(v6, "application/x-www-form-urlencoded", "neden=spam", "Forwarded: for=\"[2001:db8::17]:4711\"");

        assertThat(onlyRow(v4)).extracting(TrafficEntry::ip, TrafficEntry::port).containsExactly("203.0.113.7", 51234);
        assertThat(onlyRow(v6)).extracting(TrafficEntry::ip, TrafficEntry::port).containsExactly("2001:db8:0:0:0:0:0:17", 4711);
    }

    @Test
    void aLogThatCannotBeWrittenNeverFailsTheReadersRequest(CapturedOutput output) {
        String url = "/yorum/yaz/42?t=" + mark();
        int usual = rawPost("/yorum/yaz/42", "application/x-www-form-urlencoded", "metin=a").status();
        db.sql("ALTER TABLE comment_traffic_log RENAME TO comment_traffic_log_away").update();
        Raw answer;
        try {
            answer = rawPost(url, "application/x-www-form-urlencoded", "metin=Merhaba");
        } finally {
            db.sql("ALTER TABLE comment_traffic_log_away RENAME TO comment_traffic_log").update();
        }

        assertThat(answer.status()).isEqualTo(usual);
        assertThat(output.getAll()).contains("Could not write the comment traffic log row", url);
        assertThat(rows(url)).isEmpty();
    }

    @Test
    void isAppendOnly() {
        String url = "/yorum/7/oy?t=" + mark();
        rawPost(url, "application/x-www-form-urlencoded", "yon=begen");

        assertThatThrownBy(() -> db.sql("UPDATE comment_traffic_log SET status = 200 WHERE url = :url").param("url", url).update())
            .isInstanceOf(DataAccessException.class);
        assertThat(onlyRow(url).status()).isNotEqualTo(200);
    }

    @Test
    void deletesRowsOnceTheyAreOlderThanTheRetentionPeriod() {
        Instant start = Instant.parse("2025-01-10T07:00:00Z");
        String mark = mark();
        clock.set(start);
        rawPost("/yorum/yaz/1?t=" + mark + "-a", "application/x-www-form-urlencoded", "metin=a");
        clock.set(start.plus(Duration.ofDays(400)));
        rawPost("/yorum/yaz/1?t=" + mark + "-b", "application/x-www-form-urlencoded", "metin=b");
        clock.set(start.plus(Duration.ofDays(729)));
        rawPost("/yorum/yaz/1?t=" + mark + "-c", "application/x-www-form-urlencoded", "metin=c");

        clock.set(start.plus(Duration.ofDays(730)));
        retention.daily();
        assertThat(rows(mark)).extracting(TrafficEntry::url).hasSize(3);

        clock.advance(Duration.ofMillis(1));
        retention.daily();
        assertThat(rows(mark)).extracting(TrafficEntry::url).containsExactly("/yorum/yaz/1?t=" + mark + "-c", "/yorum/yaz/1?t=" + mark + "-b");

        clock.set(start.plus(Duration.ofDays(400 + 730)).plusMillis(1));
        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(rows(mark)).extracting(TrafficEntry::url).containsExactly("/yorum/yaz/1?t=" + mark + "-c");
        assertThat(retention.describe()).isEqualTo("730 gün");
    }

    @Test
    void readsTheRetentionSettingAsADurationOrACalendarPeriod() {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");
        assertThat(TrafficRetention.parse("P730D").cutoff(now)).isEqualTo(now.minus(Duration.ofDays(730)));
        assertThat(TrafficRetention.parse("730d").cutoff(now)).isEqualTo(now.minus(Duration.ofDays(730)));
        assertThat(TrafficRetention.parse("PT17520H").cutoff(now)).isEqualTo(now.minus(Duration.ofDays(730)));
        assertThat(TrafficRetention.parse("P2Y").cutoff(now))
            .isEqualTo(ZonedDateTime.ofInstant(now, TurkishTime.ISTANBUL).minus(Period.ofYears(2)).toInstant());
        assertThat(TrafficRetention.parse("P18M").text()).isEqualTo("1 yıl 6 ay");
        for (String bad : List.of("", "iki yıl", "-P1D", "P0D", "0")) {
            assertThatThrownBy(() -> TrafficRetention.parse(bad)).as(bad)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("manset.comments.traffic-retention");
        }
    }

    @Test
    void adminsBrowseTheLogNewestFirstByAddressActionAndTime() {
        String ip = "198.51.100." + (MARKS.incrementAndGet() % 200 + 1);
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        for (int i = 0; i < 230; i++) {
            // Many rows share one instant: paging must still return each exactly once.
            traffic.append(i < 200 ? at : at.plusSeconds(i), ip, 40000 + i, "/yorum/" + i + "/oy", i % 10 == 0 ? TrafficAction.REPORT : TrafficAction.LIKE, 201, "kaydedildi");
        }
        Newsroom.Session admin = newsroom.signIn(newsroom.member(Role.ADMIN));

        List<String> urls = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        String next = PAGE + "?ip=" + ip;
        int pages = 0;
        while (next != null) {
            Document page = admin.page(next);
            pages++;
            page.select(".nr-table tbody tr").forEach(row -> {
                urls.add(row.select("td").get(3).text());
                times.add(Instant.parse(row.select("time").attr("datetime")));
                assertThat(row.select("td").get(1).text()).isEqualTo(ip);
            });
            String href = page.select("a[rel=next]").attr("href");
            next = href.isEmpty() ? null : href;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(urls).hasSize(230);
        assertThat(new HashSet<>(urls)).hasSize(230);
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(urls.getFirst()).isEqualTo("/yorum/229/oy");

        Document reports = admin.page(PAGE + "?ip=" + ip + "&islem=sikayet");
        assertThat(reports.select(".nr-table tbody tr")).hasSize(23)
            .allSatisfy(row -> assertThat(row.select("td").get(4).text()).isEqualTo("Şikâyet"));

        // In Istanbul the 200 shared-instant rows are at 13:00:00 on 20.11.2026, the other 30 at 13:03:20 to 13:03:49.
        Document minute = admin.page(PAGE + "?ip=" + ip + "&bas=20.11.2026+13:00&bit=20.11.2026+13:00");
        assertThat(minute.select(".nr-table tbody tr")).hasSize(100);
        assertThat(admin.page(PAGE + "?ip=" + ip + "&bas=20.11.2026+13:03").select(".nr-table tbody tr")).hasSize(30);
        assertThat(admin.page(PAGE + "?ip=" + ip + "&bas=21.11.2026").select(".nr-table tbody tr")).isEmpty();
        assertThat(admin.page(PAGE + "?ip=" + ip + "&bit=2026-11-20").select("a[rel=next]")).isNotEmpty();

        HttpResponse<String> bad = admin.get(PAGE + "?bas=31.11.2026&ip=bir-makine");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.body()).select(".flash-error").text())
            .contains("Başlangıcı gg.aa.yyyy", "IP adresini tam olarak yazın");
    }

    @Test
    void exportsTheSelectionAsCsvForExcelInKeysetBatches() throws IOException {
        String ip = "2001:db8::" + Integer.toHexString(MARKS.incrementAndGet());
        Instant at = Instant.parse("2026-11-21T21:30:15Z");
        for (int i = 0; i < 30; i++) {
            traffic.append(at, ip, 50000 + i, "/yorum/yaz/9?a=1;b=" + i, TrafficAction.COMMENT, 201, i == 0 ? "=cmd|' /C calc'!A0" : "onay bekliyor");
        }
        StaffMember adminMember = newsroom.member(Role.ADMIN);
        Newsroom.Session admin = newsroom.signIn(adminMember);

        HttpResponse<String> export = admin.get(PAGE + ".csv?ip=" + ip + "&islem=yorum");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        List<List<String>> rows = LawLogsTestSetup.csvRows(export.body());
        assertThat(rows.getFirst()).containsExactly("Zaman (TSİ)", "Zaman (UTC)", "IP adresi", "Kaynak port", "Adres", "İşlem", "Yanıt kodu", "Sonuç");
        assertThat(rows).hasSize(31);
        String canonical = TrafficLog.canonicalIp(ip);
        assertThat(rows.get(1)).containsExactly("22.11.2026 00:30:15", "2026-11-21T21:30:15Z", canonical, "50029",
            "/yorum/yaz/9?a=1;b=29", "yorum", "201", "onay bekliyor");
        assertThat(rows.getLast()).containsExactly("22.11.2026 00:30:15", "2026-11-21T21:30:15Z", canonical, "50000",
            "/yorum/yaz/9?a=1;b=0", "yorum", "201", "'=cmd|' /C calc'!A0");
        assertThat(audit.find("traffic.export", adminMember.email(), 10, 0)).singleElement()
            .satisfies(entry -> assertThat(entry.detail()).isEqualTo("IP " + canonical + ", işlem yorum"));

        // Batches of 7 over 30 rows with one shared instant: each row once, in order.
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(file);
        traffic.export(TrafficFilter.parse("", "", ip, ""), csv, 7, adminMember, "127.0.0.1");
        csv.flush();
        List<List<String>> batched = LawLogsTestSetup.csvRows(file.toString(StandardCharsets.UTF_8));
        assertThat(batched.subList(1, batched.size())).extracting(row -> row.get(3))
            .containsExactlyElementsOf(java.util.stream.IntStream.iterate(50029, port -> port - 1).limit(30).mapToObj(String::valueOf).toList());
    }

    @Test
    void onlyAdminsReadTheTrafficLog() {
        for (Role role : Role.values()) {
            Newsroom.Session someone = newsroom.signIn(newsroom.member(role));
            int expected = role.readsAuditLog() ? 200 : 403;
            assertThat(someone.get(PAGE).statusCode()).as(role.name()).isEqualTo(expected);
            assertThat(someone.get(PAGE + ".csv").statusCode()).as(role.name()).isEqualTo(expected);
        }
    }

    private static String mark() {
        return "m" + System.nanoTime() + "-" + MARKS.incrementAndGet();
    }

    private List<TrafficEntry> rows(String urlPart) {
        return db.sql("""
                SELECT id, at, ip, port, url, action, status, result FROM comment_traffic_log
                WHERE url LIKE :url ORDER BY at DESC, id DESC
                """)
            .param("url", "%" + urlPart + "%")
            .query((rs, n) -> new TrafficEntry(rs.getLong("id"), Timestamps.read(rs, "at"), rs.getString("ip"),
                rs.getInt("port"), rs.getString("url"), TrafficAction.byCode(rs.getString("action")).orElseThrow(),
                rs.getInt("status"), rs.getString("result")))
            .list();
    }

    /**
     * The one row of this request. The filter writes it after the answer has gone out, so a client
     * that has read the whole answer may still be a moment early: wait up to five seconds.
     */
    private TrafficEntry onlyRow(String url) {
        long giveUp = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<TrafficEntry> found = List.of();
        while (found.isEmpty() && System.nanoTime() < giveUp) {
            found = rows(url).stream().filter(row -> row.url().equals(url)).toList();
            if (found.isEmpty()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(found).as("rows for " + url).hasSize(1);
        return found.getFirst();
    }

    record Raw(int status, String localAddress, int localPort) {}

    /** A POST written byte for byte on a socket whose source port we know. */
    private Raw rawPost(String path, String contentType, String body, String... headers) {
        int port = Integer.parseInt(environment.getProperty("local.server.port"));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + content.length + "\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return new Raw(Integer.parseInt(answer.split(" ", 3)[1]), socket.getLocalAddress().getHostAddress(), socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException("raw POST " + path + " failed", e);
        }
    }

    /** A reader's browser with a session and the CSRF token the site gave it (from the sign-in page's form). */
    private class CsrfSession {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        final String token;

        CsrfSession() throws Exception {
            HttpResponse<String> signInPage = send(HttpRequest.newBuilder(uri("/yonetim/giris")).GET());
            token = Jsoup.parse(signInPage.body()).select("input[name=_csrf]").attr("value");
        }

        URI uri(String path) {
            return URI.create(browser.base() + path);
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
