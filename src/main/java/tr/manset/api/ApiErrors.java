package tr.manset.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tr.manset.article.PublishedStoryException;
import tr.manset.article.StaleVersionException;
import tr.manset.media.UploadRejected;
import tr.manset.system.web.NotFoundException;

/** Turns every failure of an API call into JSON with a code and a Turkish message. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden() {
        return answer(HttpStatus.FORBIDDEN, ApiError.of("forbidden", "Bu işlem için yetkiniz yok."));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound() {
        return answer(HttpStatus.NOT_FOUND, ApiError.of("not_found", "İstenen kayıt bulunamadı."));
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ApiError> conflict(StaleVersionException e) {
        return answer(HttpStatus.CONFLICT, new ApiError("conflict",
            "Haber siz okuduktan sonra değişti. Güncel sürümü okuyup değişikliğinizi onun üzerine yapın.",
            java.util.Map.of(), e.current().version()));
    }

    @ExceptionHandler(PublishedStoryException.class)
    ResponseEntity<ApiError> published(PublishedStoryException e) {
        return answer(HttpStatus.CONFLICT, ApiError.of("published", e.getMessage()));
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ApiError> notNow() {
        return answer(HttpStatus.CONFLICT, ApiError.of("invalid_state", "Bu işlem haberin şu anki durumunda yapılamaz."));
    }

    @ExceptionHandler(UploadRejected.class)
    ResponseEntity<ApiError> upload(UploadRejected e) {
        return answer(e.status(), ApiError.of("upload_rejected", e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge() {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, ApiError.of("too_large", "Dosya izin verilen boyutu aşıyor."));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
        HttpMediaTypeNotSupportedException.class, IllegalArgumentException.class})
    ResponseEntity<ApiError> badRequest() {
        return answer(HttpStatus.BAD_REQUEST, ApiError.of("bad_request",
            "İstek okunamadı: JSON gövdesini ve alanların türlerini kontrol edin."));
    }

    static ResponseEntity<ApiError> answer(HttpStatus status, ApiError error) {
        return ResponseEntity.status(status).body(error);
    }
}
