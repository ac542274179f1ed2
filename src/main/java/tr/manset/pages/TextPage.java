package tr.manset.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The site's text pages admins edit in the newsroom. Each ships with a Turkish text
 * (classpath:pages/&lt;slug&gt;.txt) that readers see until an admin saves one of their own.
 */
public enum TextPage {
    EDITORIAL_POLICY("yayin-ilkeleri", "Yayın İlkeleri",
        "Doğruluk, kaynaklar, düzeltmeler, cevap ve düzeltme hakkı ve bağımsızlık: haberlerimizi hangi ilkelerle hazırladığımız."),
    PRIVACY_NOTICE("kvkk-aydinlatma-metni", "KVKK Aydınlatma Metni",
        "6698 sayılı Kişisel Verilerin Korunması Kanunu uyarınca hangi kişisel verileri, hangi amaçla ve hangi hukuki sebeple işlediğimiz."),
    COOKIE_POLICY("cerez-politikasi", "Çerez Politikası",
        "Sitemizin tarayıcınıza bıraktığı çerezler: okurlara hiç çerez bırakmıyoruz; yalnızca yönetim paneli oturum çerezi kullanır.");

    private final String slug;
    private final String title;
    private final String description;
    private final String shipped;

    TextPage(String slug, String title, String description) {
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.shipped = read("pages/" + slug + ".txt");
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String path() {
        return "/" + slug;
    }

    /** The text the application ships for this page. */
    public String shippedText() {
        return shipped;
    }

    public static Optional<TextPage> bySlug(String slug) {
        return Arrays.stream(values()).filter(page -> page.slug.equals(slug)).findFirst();
    }

    static String read(String resource) {
        try (InputStream in = TextPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
