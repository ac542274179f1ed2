package tr.manset.comment.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tr.manset.comment.LawLogsTestSetup.MONDAY_0900;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tr.manset.MutableClock;
import tr.manset.Newsroom;
import tr.manset.SiteTest;
import tr.manset.audit.AuditEntry;
import tr.manset.audit.AuditLog;
import tr.manset.comment.LawLogsTestSetup;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

/** The takedown log of Law 5651 art. 9, through the newsroom's pages on a real server and database. */
@SiteTest
@Import(LawLogsTestSetup.class)
@TestPropertySource(properties = "server.forward-headers-strategy=framework") // the same context as TrafficLogTest
class TakedownLogTest {

    static final String LIST = "/yonetim/moderasyon/kaldirma";

    @Autowired MutableClock clock;
    @Autowired Newsroom newsroom;
    @Autowired TakedownRequests requests;
    @Autowired AuditLog audit;
    @Autowired JdbcClient db;

    StaffMember moderator;
    Newsroom.Session session;

    @BeforeEach
    void signIn() {
        clock.set(MONDAY_0900);
        moderator = newsroom.member(Role.MODERATOR);
        session = newsroom.signIn(moderator);
    }

    @Test
    void recordsARequestAndCountsDownItsTwentyFourHours() {
        HttpResponse<String> created = create(fields("Ayşe Yıldız", "1234", "", "01.12.2026 08:30"));

        assertThat(created.statusCode()).isEqualTo(302);
        long id = idFrom(created);
        Takedown request = requests.find(id).orElseThrow();
        assertThat(request.requester()).isEqualTo("Ayşe Yıldız");
        assertThat(request.commentId()).isEqualTo(1234L);
        assertThat(request.receivedAt()).isEqualTo(Instant.parse("2026-12-01T05:30:00Z"));
        assertThat(request.deadline()).isEqualTo(Instant.parse("2026-12-02T05:30:00Z"));
        assertThat(request.recordedAt()).isEqualTo(MONDAY_0900);
        assertThat(request.recordedBy()).isEqualTo(moderator.name());
        assertThat(request.decision()).isNull();
        assertThat(session.page(request.path()).select(".flash").text()).contains("Talep #" + id + " kaydedildi", "02.12.2026 08:30");

        Element row = openRow(session.page(LIST), id);
        assertThat(row.text()).contains("Ayşe Yıldız", "Yorum #1234", "01.12.2026 08:30", "02.12.2026 08:30",
            "23 saat 30 dakika kaldı", "Karar bekliyor");
        assertThat(row.select(".badge-unpublished")).isEmpty();

        clock.advance(Duration.ofHours(23).plusMinutes(29));
        assertThat(openRow(session.page(LIST), id).text()).contains("1 dakika kaldı");

        clock.advance(Duration.ofMinutes(1));
        Element overdue = openRow(session.page(LIST), id);
        assertThat(overdue.select(".badge-unpublished").text()).isEqualTo("süresi geçti");
        assertThat(requests.openWithDeadlines()).filteredOn(open -> open.id() == id).singleElement()
            .satisfies(open -> {
                assertThat(open.overdue()).isTrue();
                assertThat(open.deadline()).isEqualTo(request.deadline());
            });

        assertThat(audit.find("takedown.create", moderator.email(), 10, 0)).extracting(AuditEntry::subject)
            .contains("takedown:" + id);
    }

    @Test
    void takesTheHtmlDateTimeFieldAsIstanbulTimeAndAUrlInsteadOfACommentNumber() {
        long id = idFrom(create(fields("Avukat Deniz Kara", "", "https://manset.example/gundem/haber-42#yorum-7", "2026-12-01T08:45")));

        Takedown request = requests.find(id).orElseThrow();
        assertThat(request.receivedAt()).isEqualTo(Instant.parse("2026-12-01T05:45:00Z"));
        assertThat(request.commentId()).isNull();
        assertThat(request.target()).isEqualTo("https://manset.example/gundem/haber-42#yorum-7");
    }

    @Test
    void listsOpenRequestsNearestDeadlineFirst() {
        long later = idFrom(create(fields("İkinci Kişi", "11", "", "01.12.2026 08:50")));
        long earlier = idFrom(create(fields("Birinci Kişi", "10", "", "30.11.2026 08:00")));

        List<Long> order = requests.openWithDeadlines().stream().map(OpenTakedown::id)
            .filter(id -> id == later || id == earlier).toList();
        assertThat(order).containsExactly(earlier, later);
        Document page = session.page(LIST);
        List<String> linked = page.select(".takedown-deadlines a").eachText();
        assertThat(linked.indexOf("#" + earlier)).isLessThan(linked.indexOf("#" + later));
        assertThat(openRow(page, earlier).select(".badge-unpublished").text()).isEqualTo("süresi geçti");
    }

    @Test
    void refusesBadInputWithTurkishMessagesAndStoresNothing() {
        long before = count();

        HttpResponse<String> empty = create(Map.of("requester", " ", "contact", "", "commentId", "", "url", "", "reason", "", "received", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(errors(empty)).contains("Talep eden kişinin ya da kurumun adını yazın.",
            "Kaldırılması istenen yorumun numarasını ya da adresini (URL) yazın.", "Talebin gerekçesini yazın.",
            "Talebin size ulaştığı tarihi ve saati yazın.");

        for (String date : List.of("31.02.2026 10:00", "01.13.2026 10:00", "01.12.2026 25:00", "yarın", "2026-02-30T10:00")) {
            HttpResponse<String> bad = create(fields("Ali Veli", "5", "", date));
            assertThat(bad.statusCode()).as(date).isEqualTo(400);
            assertThat(errors(bad)).as(date).contains("Tarih ve saati gg.aa.yyyy ss:dd biçiminde yazın (ör. 01.12.2026 09:30).");
        }
        HttpResponse<String> future = create(fields("Ali Veli", "5", "", "01.12.2026 09:30"));
        assertThat(errors(future)).contains("Talebin ulaştığı zaman ileride olamaz.");

        HttpResponse<String> notANumber = create(fields("Ali Veli", "12a", "", "01.12.2026 08:00"));
        assertThat(errors(notANumber)).contains("Yorum numarası yalnızca rakamlardan oluşmalı (ör. 1234).");
        HttpResponse<String> script = create(fields("Ali Veli", "", "javascript:alert(1)", "01.12.2026 08:00"));
        assertThat(errors(script)).anyMatch(message -> message.startsWith("Adres http:// ya da https://"));

        Map<String, String> tooLong = fields("Ç".repeat(201), "5", "", "01.12.2026 08:00");
        tooLong.put("reason", "ş".repeat(5001));
        HttpResponse<String> longOne = create(tooLong);
        assertThat(longOne.statusCode()).isEqualTo(400);
        assertThat(errors(longOne)).contains("En fazla 200 karakter yazabilirsiniz; şu an 201 karakter.",
            "En fazla 5000 karakter yazabilirsiniz; şu an 5001 karakter.");

        // What was typed comes back in the form, to be corrected rather than retyped.
        Document form = Jsoup.parse(notANumber.body());
        assertThat(form.select("input[name=requester]").val()).isEqualTo("Ali Veli");
        assertThat(form.select("input[name=commentId]").val()).isEqualTo("12a");
        assertThat(form.select("input[name=commentId]").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("input[name=received]").val()).isEqualTo("2026-12-01T08:00");

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void dropsControlCharactersThatADatabaseWouldRefuse() {
        Map<String, String> withNul = fields("Ali\u0000 Veli", "5", "", "01.12.2026 08:00");
        withNul.put("reason", "Birinci satır\r\nİkinci\u0007 satır");

        long id = idFrom(create(withNul));

        Takedown request = requests.find(id).orElseThrow();
        assertThat(request.requester()).isEqualTo("Ali Veli");
        assertThat(request.reason()).isEqualTo("Birinci satır\nİkinci satır");
    }

    @Test
    void acceptsThenMarksCarriedOutAndEachStepIsAudited() {
        long id = idFrom(create(fields("Mehmet Demir", "77", "", "01.12.2026 08:30")));
        String page = LIST + "/" + id;

        HttpResponse<String> accepted = act(id, Map.of("islem", "karar", "karar", "kabul", "not", "Yorum kişilik haklarını ihlal ediyor."));
        assertThat(accepted.statusCode()).isEqualTo(302);
        Takedown decided = requests.find(id).orElseThrow();
        assertThat(decided.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(decided.decidedAt()).isEqualTo(MONDAY_0900);
        assertThat(decided.decidedBy()).isEqualTo(moderator.name());
        assertThat(requests.openWithDeadlines()).filteredOn(open -> open.id() == id).singleElement()
            .extracting(OpenTakedown::stage).isEqualTo("Kabul edildi, uygulanmadı");
        assertThat(session.page(page).select(".flash").text()).contains("Karar kaydedildi: Kabul.");

        HttpResponse<String> again = act(id, Map.of("islem", "karar", "karar", "ret", "not", "Vazgeçtik."));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(again.body()).select(".flash-error").text()).startsWith("Bu talep için karar zaten verilmiş: Kabul");
        assertThat(requests.find(id).orElseThrow().decision()).isEqualTo(Decision.ACCEPTED);

        HttpResponse<String> tooEarly = act(id, Map.of("islem", "uygulandi", "zaman", "01.12.2026 08:00"));
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(tooEarly.body()).select(".flash-error").text())
            .isEqualTo("Uygulanma zamanı talebin ulaştığı zamandan (01.12.2026 08:30) önce olamaz.");
        HttpResponse<String> badTime = act(id, Map.of("islem", "uygulandi", "zaman", "32.12.2026 08:00"));
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(requests.find(id).orElseThrow().carriedOutAt()).isNull();

        clock.advance(Duration.ofMinutes(20));
        assertThat(act(id, Map.of("islem", "uygulandi", "zaman", "")).statusCode()).isEqualTo(302);
        Takedown done = requests.find(id).orElseThrow();
        assertThat(done.carriedOutAt()).isEqualTo(MONDAY_0900.plus(Duration.ofMinutes(20)));
        assertThat(done.carriedOutBy()).isEqualTo(moderator.name());
        assertThat(done.open()).isFalse();
        assertThat(requests.openWithDeadlines()).noneMatch(open -> open.id() == id);
        assertThat(session.page(LIST).select("#yanitlanan-talepler ~ * a, section:has(#yanitlanan-talepler) a").eachText())
            .contains("#" + id);

        assertThat(act(id, Map.of("islem", "uygulandi", "zaman", "")).statusCode()).isEqualTo(409);

        assertThat(audit.find("", moderator.email(), 20, 0)).filteredOn(entry -> entry.subject().equals("takedown:" + id))
            .extracting(AuditEntry::action).containsExactly("takedown.carry-out", "takedown.accept", "takedown.create");
    }

    @Test
    void aRejectionNeedsANoteAndIsNeverCarriedOut() {
        long id = idFrom(create(fields("Kurum A.Ş.", "88", "", "01.12.2026 08:30")));

        HttpResponse<String> withoutNote = act(id, Map.of("islem", "karar", "karar", "ret", "not", "  "));
        assertThat(withoutNote.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(withoutNote.body()).select(".flash-error").text()).isEqualTo("Ret kararının gerekçesini not olarak yazın.");
        HttpResponse<String> noChoice = act(id, Map.of("islem", "karar", "karar", "belki", "not", "x"));
        assertThat(Jsoup.parse(noChoice.body()).select(".flash-error").text()).isEqualTo("Kabul ya da ret seçin.");
        HttpResponse<String> unknownStep = act(id, Map.of("islem", "sil"));
        assertThat(unknownStep.statusCode()).isEqualTo(400);
        assertThat(requests.find(id).orElseThrow().decided()).isFalse();

        assertThat(act(id, Map.of("islem", "karar", "karar", "ret", "not", "Yorum eleştiri sınırları içinde.")).statusCode()).isEqualTo(302);
        Takedown rejected = requests.find(id).orElseThrow();
        assertThat(rejected.decision()).isEqualTo(Decision.REJECTED);
        assertThat(rejected.decisionNote()).isEqualTo("Yorum eleştiri sınırları içinde.");
        assertThat(rejected.open()).isFalse();

        HttpResponse<String> carryOut = act(id, Map.of("islem", "uygulandi", "zaman", ""));
        assertThat(carryOut.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(carryOut.body()).select(".flash-error").text())
            .isEqualTo("Yalnızca kabul edilen bir talep uygulandı olarak işaretlenebilir.");
        assertThat(requests.find(id).orElseThrow().carriedOutAt()).isNull();
    }

    @Test
    void anUnknownRequestIsNotFound() {
        assertThat(session.get(LIST + "/999999").statusCode()).isEqualTo(404);
        assertThat(session.post(LIST + "/999999", Map.of("islem", "karar", "karar", "kabul"), LIST).statusCode()).isEqualTo(404);
        assertThat(session.get(LIST + "/abc").statusCode()).isEqualTo(400);
        assertThat(session.get(LIST + "?sayfa=x").statusCode()).isEqualTo(400);
    }

    @Test
    void theDatabaseKeepsWhatWasRecorded() {
        long id = idFrom(create(fields("Ali Veli", "5", "", "01.12.2026 08:00")));
        act(id, Map.of("islem", "karar", "karar", "kabul", "not", ""));

        assertThatThrownBy(() -> db.sql("DELETE FROM takedown_requests WHERE id = :id").param("id", id).update())
            .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.sql("UPDATE takedown_requests SET reason = 'başka' WHERE id = :id").param("id", id).update())
            .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> db.sql("UPDATE takedown_requests SET decision = 'REJECTED' WHERE id = :id").param("id", id).update())
            .isInstanceOf(DataAccessException.class);
        assertThat(requests.find(id).orElseThrow().decision()).isEqualTo(Decision.ACCEPTED);
    }

    @Test
    void onlyCommentModeratorsHandleRequests() {
        long id = idFrom(create(fields("Ali Veli", "5", "", "01.12.2026 08:00")));
        for (Role role : Role.values()) {
            Newsroom.Session someone = newsroom.signIn(newsroom.member(role));
            boolean allowed = role.moderatesComments();
            long before = count();
            int list = someone.get(LIST).statusCode();
            int detail = someone.get(LIST + "/" + id).statusCode();
            int csv = someone.get(LIST + ".csv").statusCode();
            int create = someone.post(LIST, fields("Başka Biri", "6", "", "01.12.2026 08:00"), "/yonetim/parola").statusCode();
            int decide = someone.post(LIST + "/" + id, Map.of("islem", "karar", "karar", "ret", "not", "Hayır."), "/yonetim/parola").statusCode();
            if (allowed) {
                assertThat(List.of(list, detail, csv)).as(role.name()).containsOnly(200);
                assertThat(List.of(create, decide)).as(role.name()).containsOnly(302);
                assertThat(count()).isEqualTo(before + 1);
                id = idFrom(create(fields("Ali Veli", "5", "", "01.12.2026 08:00")));
            } else {
                assertThat(List.of(list, detail, csv, create, decide)).as(role.name()).containsOnly(403);
                assertThat(count()).isEqualTo(before);
                assertThat(requests.find(id).orElseThrow().decided()).isFalse();
            }
        }
    }

    @Test
    void theModerationPagesLeadModeratorsHere() {
        for (Role role : Role.values()) {
            Document dashboard = newsroom.signIn(newsroom.member(role)).page("/yonetim");
            assertThat(dashboard.select("nav.sections a[href=/yonetim/moderasyon]").eachText()).as(role.name())
                .isEqualTo(role.moderatesComments() ? List.of("Moderasyon") : List.of());
        }
        assertThat(session.page("/yonetim/moderasyon").select(".nr-subnav a[href=" + LIST + "]").text())
            .isEqualTo("Kaldırma talepleri (5651)");
        assertThat(session.page(LIST).select("nav.sections a[aria-current=page]").text()).isEqualTo("Moderasyon");
    }

    @Test
    void exportsEveryFieldAsCsvThatExcelOpensSafely() {
        Map<String, String> tricky = fields("=HYPERLINK(\"http://kotu.example\";\"tıkla\")", "", "https://manset.example/a?b=1;c=2", "01.12.2026 08:15");
        tricky.put("contact", "+90 555 000 00 00");
        tricky.put("reason", "@içerik\nikinci satır; \"alıntı\"");
        long id = idFrom(create(tricky));
        act(id, Map.of("islem", "karar", "karar", "kabul", "not", "-kaldırılacak"));
        act(id, Map.of("islem", "uygulandi", "zaman", "01.12.2026 08:40"));

        HttpResponse<String> export = session.get(LIST + ".csv");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment").contains(".csv");
        List<List<String>> rows = LawLogsTestSetup.csvRows(export.body());
        assertThat(rows.getFirst()).containsExactly("No", "Talep eden", "İletişim", "Yorum no", "Adres (URL)", "Gerekçe",
            "Talebin ulaştığı zaman", "Yanıt için son süre", "Kaydeden", "Kayıt zamanı", "Durum", "Karar", "Karar notu",
            "Karar veren", "Karar zamanı", "Uygulayan", "Uygulanma zamanı");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(17));
        List<String> row = rows.stream().filter(r -> r.getFirst().equals(String.valueOf(id))).findFirst().orElseThrow();
        assertThat(row).containsExactly(String.valueOf(id), "'=HYPERLINK(\"http://kotu.example\";\"tıkla\")", "'+90 555 000 00 00", "",
            "https://manset.example/a?b=1;c=2", "'@içerik\nikinci satır; \"alıntı\"", "01.12.2026 08:15", "02.12.2026 08:15",
            moderator.name(), "01.12.2026 09:00", "Kabul edildi, uygulandı", "Kabul", "'-kaldırılacak", moderator.name(),
            "01.12.2026 09:00", moderator.name(), "01.12.2026 08:40");
        assertThat(audit.find("takedown.export", moderator.email(), 10, 0)).isNotEmpty();
    }

    private HttpResponse<String> create(Map<String, String> fields) {
        return session.post(LIST, fields, LIST);
    }

    private HttpResponse<String> act(long id, Map<String, String> fields) {
        return session.post(LIST + "/" + id, fields, LIST + "/" + id);
    }

    private static Map<String, String> fields(String requester, String commentId, String url, String received) {
        Map<String, String> fields = new HashMap<>();
        fields.put("requester", requester);
        fields.put("contact", "ornek@example.org");
        fields.put("commentId", commentId);
        fields.put("url", url);
        fields.put("reason", "Yorum hakkımda gerçek dışı iddialar içeriyor.");
        fields.put("received", received);
        return fields;
    }

    private static long idFrom(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
            .orElseThrow(() -> new AssertionError("no redirect but " + response.statusCode() + ": "
                + Jsoup.parse(response.body()).select(".flash-error, .field-error").eachText()));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static List<String> errors(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).select(".field-error").eachText();
    }

    private static Element openRow(Document page, long id) {
        return page.select(".takedown-deadlines tr:has(a[href$=/kaldirma/" + id + "])").first();
    }

    private long count() {
        return db.sql("SELECT COUNT(*) FROM takedown_requests").query(Long.class).single();
    }
}
