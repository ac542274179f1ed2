package tr.manset.front;

import tr.manset.system.layout.PageMeta;

/** A page that tells the reader, in Turkish, what went wrong and where to go next. */
public record ErrorPage(int status, String title, String message, PageMeta meta) {

    static ErrorPage of(int status) {
        return switch (status) {
            case 404 -> page(404, "Bu sayfa bulunamadı",
                "Aradığınız sayfa taşınmış, kaldırılmış ya da hiç var olmamış olabilir. Ana sayfadan ya da kategorilerden devam edebilirsiniz.");
            case 410 -> page(410, "Bu haber yayından kaldırıldı",
                "Bu adresteki haber artık yayında değil. Güncel haberler için ana sayfaya göz atabilirsiniz.");
            case 400 -> page(400, "Adres anlaşılamadı",
                "Tarayıcınızın gönderdiği adres ya da bilgiler geçerli değil. Lütfen adresi kontrol edin.");
            case 403 -> page(403, "Bu sayfaya erişiminiz yok", "Bu sayfayı görmek için yetkiniz bulunmuyor.");
            case 413 -> page(413, "Dosya çok büyük", "Gönderdiğiniz dosya izin verilen boyutu aşıyor. Daha küçük bir dosya seçin.");
            case 405 -> page(405, "Bu işlem desteklenmiyor", "Bu adres bu tür bir isteği kabul etmiyor.");
            default -> status >= 500
                ? page(status, "Bir sorun oluştu", "Sayfayı şu anda gösteremiyoruz. Lütfen birazdan yeniden deneyin.")
                : page(status, "İstek yerine getirilemedi", "Lütfen adresi kontrol edip yeniden deneyin.");
        };
    }

    private static ErrorPage page(int status, String title, String message) {
        return new ErrorPage(status, title, message, PageMeta.error(title));
    }
}
