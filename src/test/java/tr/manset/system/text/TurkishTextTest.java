package tr.manset.system.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TurkishTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dünya|DÜNYA",
        "Putin'in|PUTİN'İN",
        "ılık|ILIK",
        "istanbul|İSTANBUL",
        "Kültür-Sanat|KÜLTÜR-SANAT",
        "Iğdır|IĞDIR",
    })
    void upperCasesByTurkishRules(String text, String upper) {
        assertThat(TurkishText.upper(text)).isEqualTo(upper);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "İstanbul|istanbul",
        "ILIK|ılık",
        "IĞDIR|ığdır",
        "DİYARBAKIR|diyarbakır",
    })
    void lowerCasesByTurkishRules(String text, String lower) {
        assertThat(TurkishText.lower(text)).isEqualTo(lower);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Putin ve Bush'un telefon görüşmeleri ortaya çıktı! \"Emrinize amadeyim\"|putin-ve-bushun-telefon-gorusmeleri-ortaya-cikti-emrinize-amadeyim",
        "Çiğ köfte, şiş & ÜZÜM|cig-kofte-sis-uzum",
        "İSTANBUL'DA ılık hava|istanbulda-ilik-hava",
        "Kültür-Sanat|kultur-sanat",
        "  --Ağrı---Dağı--  |agri-dagi",
        "Şampiyonlar Ligi’nde 3-0!|sampiyonlar-liginde-3-0",
        "Ekonomi: %4,5 büyüme|ekonomi-4-5-buyume",
        "Yapay zekâ ve Âşık Veysel|yapay-zeka-ve-asik-veysel",
    })
    void transliteratesTurkishIntoSlugs(String text, String slug) {
        assertThat(TurkishText.slug(text)).isEqualTo(slug);
    }

    @Test
    void capsSlugLengthAtAWordBoundary() {
        String slug = TurkishText.slug("Merkez Bankası faiz kararını açıkladı piyasalar beklenenden güçlü bir tepki verdi ve dolar geriledi");
        assertThat(slug).hasSizeLessThanOrEqualTo(TurkishText.MAX_SLUG_LENGTH)
            .isEqualTo("merkez-bankasi-faiz-kararini-acikladi-piyasalar-beklenenden-guclu-bir-tepki");
    }

    @Test
    void givesAnEmptySlugForTextWithoutLettersOrDigits() {
        assertThat(TurkishText.slug("!!! ''' ???")).isEmpty();
        assertThat(TurkishText.slug(null)).isEmpty();
    }
}
