package tr.manset.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tr.manset.Browser;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Articles;
import tr.manset.article.Status;
import tr.manset.audit.AuditEntry;
import tr.manset.audit.AuditLog;
import tr.manset.category.Category;
import tr.manset.comment.CommentMode;
import tr.manset.staff.ApiTokens;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

@SiteTest
class ApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Browser browser;
    @Autowired Newsroom newsroom;
    @Autowired SiteFixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired Articles articles;
    @Autowired AuditLog audit;

    final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, JsonNode body) {}

    Answer call(String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.base() + path))
                .header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body instanceof String raw) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(raw));
            } else if (body != null) {
                request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> story(String headline, Category category, long author) {
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("headline", headline);
        story.put("spot", "API ile yazılan haber.");
        story.put("body", "<p>Ajans metni.</p><h2>Ayrıntılar</h2><ul><li>bir</li></ul>");
        story.put("categoryId", category.id());
        story.put("authorIds", List.of(author));
        story.put("tags", List.of("Ajans", "Otomasyon"));
        story.put("source", "Boğaziçi Haber Ajansı");
        return story;
    }

    @Test
    void createsAndPublishesAStoryWithAnImage() throws IOException {
        Category economy = fixtures.category("Ekonomi");
        long author = fixtures.author("Elif Tunçer", "Ekonomi Editörü").id();
        StaffMember chief = newsroom.member(Role.EDITOR_IN_CHIEF);
        Answer token = call("POST", "/api/v1/auth/token", null,
            Map.of("email", chief.email(), "password", Newsroom.PASSWORD, "name", "ajans"));
        assertThat(token.status()).isEqualTo(201);
        String secret = token.body().get("token").asString();

        long imageId = upload(secret).get("id").asLong();
        Map<String, Object> request = story("API ile gelen ekonomi haberi", economy, author);
        request.put("hero", Map.of("imageId", imageId, "caption", "Borsa ekranı", "credit", "Fotoğraf: Ajans", "alt", "Borsa ekranı"));
        Answer created = call("POST", "/api/v1/articles", secret, request);
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.body().get("hero").get("imageId").asLong()).isEqualTo(imageId);

        Answer published = call("POST", "/api/v1/articles/" + id + "/publish", secret, null);
        assertThat(published.status()).isEqualTo(200);
        String url = published.body().get("url").asString();
        assertThat(url).endsWith("/ekonomi/api-ile-gelen-ekonomi-haberi-" + id);
        assertThat(browser.page(url.replace("http://localhost:8080", "")).select("figure.figure-lead img")).hasSize(1);
    }

    @Test
    void savingAStaleVersionIsAConflictThatChangesNothing() {
        Category economy = fixtures.category("Ekonomi");
        long author = fixtures.author("Elif Tunçer", "Ekonomi Editörü").id();
        String secret = tokens.create(newsroom.member(Role.EDITOR_IN_CHIEF), "test");
        long id = call("POST", "/api/v1/articles", secret, story("Sürümlü haber", economy, author)).body().get("id").asLong();

        Map<String, Object> first = story("Birinci değişiklik", economy, author);
        first.put("version", 1);
        assertThat(call("PUT", "/api/v1/articles/" + id, secret, first).status()).isEqualTo(200);
        Map<String, Object> stale = story("Eski sürüme yazılan", economy, author);
        stale.put("version", 1);
        Answer conflict = call("PUT", "/api/v1/articles/" + id, secret, stale);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body().get("code").asString()).isEqualTo("conflict");
        assertThat(conflict.body().get("version").asInt()).isEqualTo(2);
        assertThat(articles.find(id).orElseThrow().headline()).isEqualTo("Birinci değişiklik");
    }

    @Test
    void servesItsOpenApiDescription() {
        Answer document = call("GET", "/api/v1/openapi.json", null, null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().get("openapi").asString()).startsWith("3.");
        assertThat(document.body().get("paths").propertyNames()).contains("/articles", "/articles/{id}", "/auth/token", "/media");
    }

    /**
     * api/openapi.json is written by hand, so it is checked here: valid OpenAPI 3 as the swagger
     * parser reads the specification, and a description of exactly the routes the API maps.
     */
    @Nested
    class TheOpenApiDescription {

        static final String PREFIX = "/api/v1";

        @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

        String served() {
            HttpResponse<String> response = browser.get(PREFIX + "/openapi.json");
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }

        static SwaggerParseResult validate(String document) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setValidateInternalRefs(true);
            return new OpenAPIV3Parser().readContents(document, null, options);
        }

        @Test
        void isValidOpenApi3() {
            SwaggerParseResult result = validate(served());

            assertThat(result.getMessages()).isEmpty();
            assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0.");
        }

        @Test
        void theValidatorReportsWhatIsWrong() {
            JsonNode document = JSON.readTree(served());
            var paths = (ObjectNode) document.get("paths");
            ((ObjectNode) paths.get("/categories").get("get")).remove("responses");
            ((ObjectNode) paths.get("/tags").get("get")).put("summry", "yazım hatası");
            ((ObjectNode) paths.get("/authors").get("get").get("responses").get("401")
                .get("content").get("application/json").get("schema")).put("$ref", "#/components/schemas/Yok");

            assertThat(String.join("\n", validate(JSON.writeValueAsString(document)).getMessages()))
                .contains("responses is missing").contains("summry is unexpected").contains("Yok");
        }

        @Test
        void declaresEveryPathParameterItsAddressNames() {
            List<String> wrong = new ArrayList<>();
            validate(served()).getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                Set<String> named = new TreeSet<>();
                Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(path);
                while (variable.find()) {
                    named.add(variable.group(1));
                }
                Set<String> declared = new TreeSet<>();
                Stream.concat(
                        Optional.ofNullable(item.getParameters()).orElse(List.of()).stream(),
                        Optional.ofNullable(operation.getParameters()).orElse(List.of()).stream())
                    .filter(parameter -> "path".equals(parameter.getIn()))
                    .forEach(parameter -> declared.add(parameter.getName()));
                if (!named.equals(declared)) {
                    wrong.add(method + " " + path + ": path parameters " + declared + ", address names " + named);
                }
            }));
            assertThat(wrong).isEmpty();
        }

        @Test
        void describesExactlyTheRoutesTheApiMaps() {
            Set<String> mapped = new TreeSet<>();
            mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith(PREFIX + "/"))
                .flatMap(pattern -> expand(pattern.substring(PREFIX.length())).stream())
                .forEach(path -> {
                    assertThat(info.getMethodsCondition().getMethods()).as("methods of " + path).isNotEmpty();
                    info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method + " " + path));
                }));
            Set<String> described = new TreeSet<>();
            validate(served()).getOpenAPI().getPaths().forEach((path, item) ->
                item.readOperationsMap().keySet().forEach(method -> described.add(method + " " + path)));

            assertThat(mapped).contains("POST /auth/token", "GET /articles/{id}", "POST /articles/{id}/publish");
            assertThat(described).isEqualTo(mapped);
        }

        @Test
        void listsTheValuesTheApiUses() {
            JsonNode schemas = JSON.readTree(served()).get("components").get("schemas");

            assertThat(schemas.get("Status").get("enum").valueStream().map(JsonNode::asString))
                .containsExactly(Arrays.stream(Status.values()).map(Enum::name).toArray(String[]::new));
            assertThat(schemas.get("CommentMode").get("enum").valueStream().map(JsonNode::asString))
                .containsExactly(Arrays.stream(CommentMode.values()).map(Enum::name).toArray(String[]::new));
        }

        /** "/articles/{id}/{step:submit|return}" is two routes; any other pattern keeps only the variable's name. */
        static List<String> expand(String pattern) {
            Matcher variable = Pattern.compile("\\{(\\w+):([^}]+)}").matcher(pattern);
            if (!variable.find()) {
                return List.of(pattern);
            }
            String head = pattern.substring(0, variable.start());
            String tail = pattern.substring(variable.end());
            List<String> alternatives = variable.group(2).matches("[\\w-]+(\\|[\\w-]+)*")
                ? List.of(variable.group(2).split("\\|")) : List.of("{" + variable.group(1) + "}");
            return alternatives.stream().flatMap(alternative -> expand(head + alternative + tail).stream()).toList();
        }
    }

    @Test
    void deletesOnlyStoriesReadersNeverSaw() {
        Category economy = fixtures.category("Ekonomi");
        long author = fixtures.author("Elif Tunçer", "Ekonomi Editörü").id();
        String chief = tokens.create(newsroom.member(Role.EDITOR_IN_CHIEF), "chief");

        long published = call("POST", "/api/v1/articles", chief, story("API ile yayımlanan haber", economy, author)).body().get("id").asLong();
        call("POST", "/api/v1/articles/" + published + "/publish", chief, null);
        Answer refused = call("DELETE", "/api/v1/articles/" + published, chief, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("code").asString()).isEqualTo("published");
        assertThat(refused.body().get("message").asString()).contains("yayından kaldırabilirsiniz");
        call("POST", "/api/v1/articles/" + published + "/unpublish", chief, null);
        assertThat(call("DELETE", "/api/v1/articles/" + published, chief, null).status()).isEqualTo(409);
        assertThat(articles.find(published).orElseThrow().status()).isEqualTo(Status.UNPUBLISHED);

        long scheduled = call("POST", "/api/v1/articles", chief, story("API ile zamanlanan haber", economy, author)).body().get("id").asLong();
        call("POST", "/api/v1/articles/" + scheduled + "/schedule", chief, Map.of("at", "2099-01-01T10:00:00+03:00"));
        Answer stale = call("DELETE", "/api/v1/articles/" + scheduled + "?version=1", chief, null);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("code").asString()).isEqualTo("conflict");
        assertThat(stale.body().get("version").asInt()).isEqualTo(2);
        assertThat(call("DELETE", "/api/v1/articles/" + scheduled + "?version=2", chief, null).status()).isEqualTo(204);
        assertThat(articles.find(scheduled)).isEmpty();
        assertThat(call("GET", "/api/v1/articles/" + scheduled, chief, null).status()).isEqualTo(404);
        assertThat(call("DELETE", "/api/v1/articles/" + scheduled, chief, null).status()).isEqualTo(404);

        String reporter = tokens.create(newsroom.member(Role.REPORTER), "reporter");
        long draft = call("POST", "/api/v1/articles", reporter, story("Muhabirin API taslağı", economy, author)).body().get("id").asLong();
        long submitted = call("POST", "/api/v1/articles", reporter, story("Muhabirin gönderdiği API haberi", economy, author))
            .body().get("id").asLong();
        call("POST", "/api/v1/articles/" + submitted + "/submit", reporter, null);
        assertThat(call("DELETE", "/api/v1/articles/" + submitted, reporter, null).status()).isEqualTo(403);
        assertThat(articles.find(submitted).orElseThrow().status()).isEqualTo(Status.IN_REVIEW);
        assertThat(call("DELETE", "/api/v1/articles/" + draft, reporter, null).status()).isEqualTo(204);
        assertThat(articles.find(draft)).isEmpty();

        assertThat(audit.find("article.delete", null, 100, 0)).extracting(AuditEntry::subject)
            .contains("article:" + scheduled, "article:" + draft)
            .doesNotContain("article:" + published, "article:" + submitted);
    }

    @Test
    void aTokenMadeInTheNewsroomWorksUntilRevoked() {
        StaffMember editor = newsroom.member(Role.EDITOR);
        Newsroom.Session session = newsroom.signIn(editor);
        session.post("/yonetim/anahtarlar", Map.of("name", "betik"), "/yonetim/anahtarlar");
        var page = session.page("/yonetim/anahtarlar");
        String secret = page.select(".nr-secret").text();
        assertThat(call("GET", "/api/v1/categories", secret, null).status()).isEqualTo(200);

        String tokenId = page.select("form[action$=/iptal]").attr("action").replaceAll("\\D", "");
        session.post("/yonetim/anahtarlar/" + tokenId + "/iptal", Map.of(), "/yonetim/anahtarlar");

        assertThat(call("GET", "/api/v1/categories", secret, null).status()).isEqualTo(401);
    }

    @Nested
    class WhenTheRequestIsWrong {

        @Test
        void answersJsonWithATurkishMessage() {
            Answer anonymous = call("GET", "/api/v1/articles", null, null);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.body().get("code").asString()).isEqualTo("unauthorized");

            Answer wrongPassword = call("POST", "/api/v1/auth/token", null, Map.of("email", "kimse@manset.test", "password", "x"));
            assertThat(wrongPassword.status()).isEqualTo(401);
            assertThat(wrongPassword.body().get("message").asString()).startsWith("E-posta adresi ya da parola hatalı");

            String secret = tokens.create(newsroom.member(Role.EDITOR_IN_CHIEF), "test");
            Answer badJson = call("POST", "/api/v1/articles", secret, "{\"headline\": ");
            assertThat(badJson.status()).isEqualTo(400);
            assertThat(badJson.body().get("code").asString()).isEqualTo("bad_request");

            Answer invalid = call("POST", "/api/v1/articles", secret, Map.of("headline", "", "authorIds", List.of()));
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.body().get("code").asString()).isEqualTo("invalid");
            assertThat(invalid.body().get("problems").get("headline").asString()).isEqualTo("Başlık boş olamaz.");

            assertThat(call("GET", "/api/v1/articles/987654", secret, null).status()).isEqualTo(404);
        }
    }

    /** The API obeys the same permission matrix as the screens (docs/permissions.md). */
    @Test
    void everyRoleGetsWhatTheMatrixAllowsThroughTheApi() {
        Category economy = fixtures.category("Ekonomi");
        Category sport = fixtures.category("Spor");
        long author = fixtures.author("Derya Karaca", "Editör").id();
        String chief = tokens.create(newsroom.member(Role.EDITOR_IN_CHIEF), "chief");
        Map<Role, StaffMember> people = new LinkedHashMap<>();
        people.put(Role.ADMIN, newsroom.member(Role.ADMIN));
        people.put(Role.EDITOR_IN_CHIEF, newsroom.member(Role.EDITOR_IN_CHIEF));
        people.put(Role.EDITOR, newsroom.member(Role.EDITOR, economy.id()));
        people.put(Role.REPORTER, newsroom.member(Role.REPORTER));
        people.put(Role.MODERATOR, newsroom.member(Role.MODERATOR));
        StaffMember otherDesk = newsroom.member(Role.EDITOR, sport.id());

        for (StaffMember member : List.of(people.get(Role.ADMIN), people.get(Role.EDITOR_IN_CHIEF), people.get(Role.EDITOR),
                people.get(Role.REPORTER), people.get(Role.MODERATOR), otherDesk)) {
            String secret = tokens.create(member, "matrix");
            boolean writer = member.role() != Role.MODERATOR;
            boolean desk = member.role() == Role.ADMIN || member.role() == Role.EDITOR_IN_CHIEF
                || (member.role() == Role.EDITOR && member.categoryIds().contains(economy.id()));

            long doomed = call("POST", "/api/v1/articles", chief, story("Matris silme hedefi " + member.id(), economy, author))
                .body().get("id").asLong();
            Answer deleted = call("DELETE", "/api/v1/articles/" + doomed, secret, null);
            assertThat(deleted.status()).as(member.email() + " delete").isEqualTo(desk ? 204 : 403);
            if (desk) {
                assertThat(articles.find(doomed)).isEmpty();
            } else {
                assertThat(deleted.body().get("code").asString()).isEqualTo("forbidden");
                assertThat(articles.find(doomed).orElseThrow().version()).isEqualTo(1);
            }

            assertThat(call("GET", "/api/v1/articles", secret, null).status()).as(member.email()).isEqualTo(writer ? 200 : 403);
            int created = call("POST", "/api/v1/articles", secret, story("Matris " + member.id(), economy, author)).status();
            boolean mayCreate = writer && (member.role() != Role.EDITOR || desk);
            assertThat(created).as(member.email() + " create").isEqualTo(mayCreate ? 201 : 403);

            long id = call("POST", "/api/v1/articles", chief, story("Matris hedefi " + member.id(), economy, author))
                .body().get("id").asLong();
            for (String step : List.of("publish", "schedule")) {
                Object body = step.equals("schedule") ? Map.of("at", "2099-01-01T10:00:00+03:00") : null;
                Answer answer = call("POST", "/api/v1/articles/" + id + "/" + step, secret, body);
                assertThat(answer.status()).as(member.email() + " " + step).isEqualTo(desk ? 200 : 403);
                if (!desk) {
                    assertThat(articles.find(id).orElseThrow().status()).isEqualTo(Status.DRAFT);
                } else if (step.equals("publish")) {
                    break;
                }
            }
        }
        assertThat(Set.of(Role.values())).isNotEmpty();
    }

    private JsonNode upload(String secret) throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1200, 675, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        HttpResponse<String> response = post(secret, jpeg.toByteArray());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    @Test
    void refusesAnUploadOverTheLimitWithJson() {
        String secret = tokens.create(newsroom.member(Role.REPORTER), "test");
        HttpResponse<String> response = post(secret, new byte[21 * 1024 * 1024]);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("too_large");
    }

    private HttpResponse<String> post(String secret, byte[] file) {
        String boundary = "----api" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nBorsa ekranı\r\n")
            .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
            + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(HttpRequest.newBuilder(URI.create(browser.base() + "/api/v1/media"))
                .header("Authorization", "Bearer " + secret)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
