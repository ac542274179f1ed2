package tr.manset.pages;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every cookie and every browser storage entry the site sets, for the cookie policy. Readers get
 * none of the cookies (CookieFreeReadingTest holds the site to it); the newsroom's session cookie
 * is set only for staff. Change this list whenever the site starts setting something new.
 */
@Component
public class SiteCookies {

    /**
     * One thing the site keeps in a browser.
     *
     * @param kind "Çerez" or "Tarayıcı deposu (localStorage)"
     * @param necessity why the site cannot do without it, so no consent is asked for it
     */
    public record Entry(String name, String kind, String who, String purpose, String lifetime, String necessity) {}

    private final List<Entry> entries;

    SiteCookies(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
                @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout,
                @Value("${manset.readers.session-lifetime:30d}") Duration readerSession) {
        this.entries = List.of(
            new Entry(sessionCookie, "Çerez", "Yalnızca yönetim paneli çalışanları",
                "Yönetim paneline (/yonetim) giriş yapan çalışanın oturumunu ve formlarının sahte isteklere (CSRF) karşı "
                    + "korunmasını sağlar. Yönetim panelinin giriş sayfası ya da başka bir adresi açıldığında bırakılır; "
                    + "okur sayfalarında hiç bırakılmaz.",
                "Tarayıcı kapanınca silinir; sunucuda " + minutes(sessionTimeout)
                    + " işlem yapılmazsa ya da çıkış yapılınca geçersiz olur.",
                "Zorunlu: çalışanın kim olduğunu her istekte bilmenin ve formları korumanın başka yolu yoktur; "
                    + "oturum dışında hiçbir bilgi taşımaz, ölçüm ya da reklam için kullanılmaz."),
            new Entry("manset-votes", "Tarayıcı deposu (localStorage)", "Yorumları beğenen ya da beğenmeyen okurlar",
                "Bir yorumu beğendiğinizde ya da beğenmediğinizde hangi yorumlara oy verdiğinizi yalnızca sizin "
                    + "tarayıcınızda hatırlar, düğmeler oyunuzu gösterir. Sunucuya gönderilmez.",
                "Siz tarayıcınızın site verilerini silene kadar.",
                "Zorunlu: yalnızca sizin istediğiniz oy verme işlemi için ve yalnızca oy verdiğinizde yazılır; "
                    + "oy vermeyen okurun tarayıcısına hiçbir şey yazılmaz."),
            new Entry("manset_okur", "Çerez", "Yalnızca okur hesabına giriş yapan okurlar",
                "Okur hesabınıza giriş yaptığınızda oturumunuzu tanır: yorumlarınız hesabınızın adıyla yayımlanır, "
                    + "hesap sayfalarınız açılır. Yalnızca rastgele bir anahtar taşır; hesabınıza giriş yapmayan okurlara "
                    + "bırakılmaz.",
                readerSession.toDays() + " gün sonra ya da çıkış yapınca geçersiz olur; parolanızı değiştirdiğinizde "
                    + "başka cihazlardakiler de geçersiz olur.",
                "Zorunlu: giriş yapan okurun kim olduğunu her istekte bilmenin başka yolu yoktur; ölçüm ya da reklam "
                    + "için kullanılmaz."),
            new Entry("manset-okur", "Tarayıcı deposu (localStorage)", "Yalnızca okur hesabına giriş yapan okurlar",
                "Bu tarayıcıda okur hesabına giriş yapıldığını hatırlar; sayfalar böylece oturum durumunu yalnızca giriş "
                    + "yapmış okurlar için sorar ve üst menüde HESABIM bağlantısını gösterir. Sunucuya gönderilmez.",
                "Çıkış yapınca ya da oturumunuz sona erince silinir.",
                "Zorunlu: yalnızca sizin istediğiniz giriş için yazılır; giriş yapmayan okurun tarayıcısına hiçbir şey "
                    + "yazılmaz."));
    }

    public List<Entry> entries() {
        return entries;
    }

    private static String minutes(Duration timeout) {
        long minutes = timeout.toMinutes();
        return minutes % 60 == 0 && minutes > 0 ? minutes / 60 + " saat" : minutes + " dakika";
    }
}
