package tr.manset.media;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * An upload the newsroom has to fix before it can be stored: the message is Turkish and meant for
 * the editor, the status is the HTTP answer for it.
 */
public final class UploadRejected extends RuntimeException {

    private final HttpStatus status;

    private UploadRejected(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    static UploadRejected notAnImage() {
        return new UploadRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "Dosya bir görsel değil ya da desteklenmeyen bir biçimde. JPEG, PNG, WebP veya GIF yükleyin.");
    }

    static UploadRejected tooLarge(DataSize limit) {
        return new UploadRejected(HttpStatus.CONTENT_TOO_LARGE,
            "Dosya çok büyük: en fazla " + readable(limit) + " yükleyebilirsiniz.");
    }

    static UploadRejected tooManyPixels(long maxPixels) {
        return new UploadRejected(HttpStatus.CONTENT_TOO_LARGE,
            "Görselin boyutları çok büyük: en fazla " + maxPixels / 1_000_000 + " megapiksel yükleyebilirsiniz.");
    }

    static UploadRejected unreadable() {
        return new UploadRejected(HttpStatus.BAD_REQUEST, "Görsel okunamadı; dosya bozuk olabilir.");
    }

    static UploadRejected missingAlt() {
        return new UploadRejected(HttpStatus.BAD_REQUEST,
            "Görselin ne gösterdiğini anlatan bir alternatif metin yazın.");
    }

    private static String readable(DataSize size) {
        if (size.toMegabytes() > 0 && size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (size.toKilobytes() > 0 && size.toBytes() % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return size.toBytes() + " bayt";
    }
}
