package tr.manset.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Newsroom;
import tr.manset.SiteTest;
import tr.manset.audit.AuditLog;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

@SiteTest
class SignInTest {

    @Autowired Newsroom newsroom;
    @Autowired AuditLog audit;

    @Test
    void signsInWithTheRightPasswordAndAudits() {
        StaffMember editor = newsroom.member(Role.EDITOR);
        Newsroom.Session session = newsroom.signIn(editor);
        assertThat(session.page("/yonetim").select(".nr-who").text()).contains(editor.name()).contains("Editör");
        assertThat(audit.find("signin", editor.email(), 10, 0)).hasSize(1);
    }

    @Test
    void refusesAWrongPasswordInTurkish() {
        StaffMember editor = newsroom.member(Role.EDITOR);
        Newsroom.Session session = newsroom.anonymous();
        HttpResponse<String> response = session.post("/yonetim/giris", Map.of("eposta", editor.email(), "parola", "yanlis"),
            "/yonetim/giris");
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim/giris?hata=hatali");
        assertThat(session.page("/yonetim/giris?hata=hatali").select(".flash-error").text()).isEqualTo("E-posta adresi ya da parola hatalı.");
        assertThat(audit.find("signin.failed", editor.email(), 10, 0)).hasSize(1);
    }

    @Test
    void makesAGuesserWaitAfterRepeatedFailuresEvenWithTheRightPassword() {
        StaffMember editor = newsroom.member(Role.EDITOR);
        Newsroom.Session session = newsroom.anonymous();
        for (int i = 0; i < 4; i++) {
            session.post("/yonetim/giris", Map.of("eposta", editor.email(), "parola", "yanlis-" + i), "/yonetim/giris");
        }
        HttpResponse<String> right = session.post("/yonetim/giris", Map.of("eposta", editor.email(), "parola", Newsroom.PASSWORD),
            "/yonetim/giris");
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim/giris?hata=bekleyin");
    }

    @Test
    void sendsStrangersToTheSignInPage() {
        HttpResponse<String> response = newsroom.anonymous().get("/yonetim/haberler");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim/giris");
    }

    @Test
    void aMemberChangesTheirPasswordAndSignsInWithTheNewOne() {
        StaffMember reporter = newsroom.member(Role.REPORTER);
        Newsroom.Session session = newsroom.signIn(reporter);

        HttpResponse<String> wrong = session.post("/yonetim/parola", Map.of("mevcut", "yanlis-parola", "yeni", "yepyeni-parola-1",
            "tekrar", "yepyeni-parola-1"), "/yonetim/parola");
        assertThat(wrong.statusCode()).isEqualTo(400);
        HttpResponse<String> tooShort = session.post("/yonetim/parola", Map.of("mevcut", Newsroom.PASSWORD, "yeni", "kisa",
            "tekrar", "kisa"), "/yonetim/parola");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        HttpResponse<String> changed = session.post("/yonetim/parola", Map.of("mevcut", Newsroom.PASSWORD, "yeni", "yepyeni-parola-1",
            "tekrar", "yepyeni-parola-1"), "/yonetim/parola");
        assertThat(changed.statusCode()).isEqualTo(302);

        Newsroom.Session again = newsroom.anonymous();
        HttpResponse<String> old = again.post("/yonetim/giris", Map.of("eposta", reporter.email(), "parola", Newsroom.PASSWORD), "/yonetim/giris");
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("hata=hatali");
        HttpResponse<String> fresh = again.post("/yonetim/giris", Map.of("eposta", reporter.email(), "parola", "yepyeni-parola-1"), "/yonetim/giris");
        assertThat(fresh.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim");
        assertThat(audit.find("staff.password", reporter.email(), 10, 0)).hasSize(1);
    }

    @Test
    void signsOut() {
        Newsroom.Session session = newsroom.signIn(newsroom.member(Role.REPORTER));
        HttpResponse<String> out = session.post("/yonetim/cikis", Map.of(), "/yonetim");
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim/giris?cikis");
        assertThat(session.get("/yonetim").statusCode()).isEqualTo(302);
    }
}
