package tr.manset.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/openapi.json: the API described in OpenAPI 3, kept beside the code in api/openapi.json. */
@RestController
class OpenApiDocument {

    private final String document;

    OpenApiDocument() throws IOException {
        this.document = new ClassPathResource("api/openapi.json").getContentAsString(StandardCharsets.UTF_8);
    }

    @GetMapping("/api/v1/openapi.json")
    ResponseEntity<String> openApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
    }
}
