package dev.rocky.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import dev.rocky.core.state.LeaseHeldException;
import dev.rocky.core.state.RunLease;
import dev.rocky.testkit.openapi.OpenApiContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The routes over fake backends, every answer held to docs/api/openapi.yaml. */
class RunsApiTest {
  private static final OpenApiContract CONTRACT = OpenApiContract.load(ApiProjects.openApi());
  private static final String TOKEN = "s3cret-token";

  private final FakeRunBackend backend = new FakeRunBackend();
  private final List<Throwable> logged = new ArrayList<>();
  private Map<String, String> files = new HashMap<>(ApiProjects.TWO_PIPELINES);
  private final RunsApi api = new RunsApi(Authenticator.bearer(TOKEN), vars -> ApiProjects.inMemory(files).compile(vars),
      backend, (request, failure) -> logged.add(failure));

  @AfterAll
  static void everyOperationWasExercised() {
    // Not every status: the local server's test sees the rest (a real run, a real lease).
    assertThat(CONTRACT.observed()).extracting(s -> s.substring(0, s.lastIndexOf(' ')))
        .containsAll(CONTRACT.operations());
  }

  private ApiResponse call(String method, String path, @Nullable String body, @Nullable String token) {
    Map<String, String> headers = new HashMap<>();
    if (token != null) {
      headers.put("Authorization", "Bearer " + token);
    }
    if (body != null) {
      headers.put("Content-Type", "application/json");
    }
    int q = path.indexOf('?');
    ApiResponse response = api.handle(ApiRequest.of(method, q < 0 ? path : path.substring(0, q),
        q < 0 ? null : path.substring(q + 1), headers, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8),
        null));
    String bare = q < 0 ? path : path.substring(0, q);
    if (CONTRACT.declares(method, bare)) {
      CONTRACT.assertResponse(method, bare, response.status(), ApiResponse.CONTENT_TYPE, response.bodyText());
    } else {
      assertThat(CONTRACT.schemaProblems("Error", response.bodyText())).isEmpty();
    }
    return response;
  }

  private ApiResponse get(String path) {
    return call("GET", path, null, TOKEN);
  }

  private ApiResponse post(String body) {
    return call("POST", "/runs", body, TOKEN);
  }

  private static JsonNode json(ApiResponse response) {
    try {
      return ApiJson.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void healthNeedsNoTokenAndEveryOtherRouteDoes() {
    ApiResponse health = call("GET", "/health", null, null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(json(health).path("status").asText()).isEqualTo("ok");

    for (String path : List.of("/runs", "/models", "/models/orders/lineage", "/runs/run-20260102-030405-000", "/nope")) {
      ApiResponse refused = call("GET", path, null, null);
      assertThat(refused.status()).as(path).isEqualTo(401);
      assertThat(json(refused).path("code").asText()).isEqualTo("unauthorized");
      assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"rocky\"");
    }
    assertThat(call("GET", "/models", null, "wrong").status()).isEqualTo(401);
    assertThat(call("POST", "/runs", "{}", "wrong").status()).isEqualTo(401);
    assertThat(backend.submissions).isEmpty();
  }

  @Test
  void startsARunAndAnswersItsIdThenItsRecord() {
    String body = "{\"pipeline\":\"marts\",\"selection\":[\"+revenue\"],\"branch\":\"pr_42\",\"vars\":{\"day\":\"2026-01-02\"},"
        + "\"idempotency_key\":\"k-1\",\"trigger\":\"Sensor\",\"session_source\":\"dagster\"}";
    CONTRACT.assertRequest("POST", "/runs", "application/json", body);

    ApiResponse started = post(body);

    assertThat(started.status()).isEqualTo(202);
    JsonNode view = json(started);
    String id = view.path("run_id").asText();
    assertThat(started.header("Location")).isEqualTo("/runs/" + id);
    assertThat(view.path("status").asText()).isEqualTo("Running");
    assertThat(view.path("done").asBoolean()).isFalse();
    assertThat(view.path("pipeline").asText()).isEqualTo("marts");
    assertThat(view.path("branch").asText()).isEqualTo("pr_42");
    assertThat(view.path("session_source").asText()).isEqualTo("dagster");
    assertThat(view.path("trigger").asText()).isEqualTo("Sensor");
    StartRunRequest asked = backend.submissions.getFirst().request();
    assertThat(asked.vars()).containsEntry("day", "2026-01-02");
    assertThat(asked.selection()).containsExactly("+revenue");
    assertThat(asked.idempotencyKey()).isEqualTo("k-1");

    assertThat(json(get("/runs/" + id)).path("status").asText()).isEqualTo("Running");
    backend.finish("orders", "revenue");
    JsonNode done = json(get("/runs/" + id));
    assertThat(done.path("status").asText()).isEqualTo("Success");
    assertThat(done.path("done").asBoolean()).isTrue();
    assertThat(done.path("models").findValuesAsText("model_name")).containsExactly("orders", "revenue");
    assertThat(done.path("models").get(0).path("status").asText()).isEqualTo("success");
  }

  @Test
  void aSecondRunWhileOneIsInProgressIsAConflictNamingIt() {
    String first = json(post("{}")).path("run_id").asText();

    ApiResponse second = post("{\"pipeline\":\"core\"}");

    assertThat(second.status()).isEqualTo(409);
    assertThat(json(second).path("code").asText()).isEqualTo("run_in_progress");
    assertThat(json(second).path("running_run_id").asText()).isEqualTo(first);

    backend.inProgress = null;
    backend.failure = new LeaseHeldException(new RunLease("laptop:42:run-20260101-000000-000",
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T01:00:00Z")));
    ApiResponse leased = post("{}");
    assertThat(leased.status()).isEqualTo(409);
    assertThat(json(leased).path("running_run_id").asText()).isEqualTo("run-20260101-000000-000");
  }

  @Test
  void refusesMalformedRequestsWithACodeAndAHint() {
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put("{\"pipelines\":\"core\"}", "unknown field 'pipelines'");
    cases.put("not json", "not a valid request");
    cases.put("", "no body");
    cases.put("{\"branch\":\"has space\"}", "branch 'has space'");
    cases.put("{\"selection\":[\"nope\"]}", "selector 'nope' names no model");
    cases.put("{\"selection\":[\"+\"]}", "invalid model selector '+'");
    cases.put("{\"pipeline\":\"core\",\"selection\":[\"revenue\"]}", "model 'revenue' is not in pipeline 'core'");
    cases.put("{\"trigger\":\"Whenever\"}", "not a valid request");
    cases.forEach((body, message) -> {
      ApiResponse r = post(body);
      assertThat(r.status()).as(body).isEqualTo(400);
      assertThat(json(r).path("code").asText()).isEqualTo("request_invalid");
      assertThat(json(r).path("message").asText()).as(body).contains(message);
      assertThat(json(r).path("remediation_hint").asText()).isNotBlank();
      if (!body.isEmpty() && !body.equals("not json")) {
        assertThat(CONTRACT.requestProblems("POST", "/runs", "application/json", body).isEmpty())
            .as("the schema and the server agree on %s", body)
            .isEqualTo(body.contains("selection\":[\"nope") || body.contains("\"revenue\"]") || body.contains("[\"+\"]"));
      }
    });
    ApiResponse unknown = post("{\"pipeline\":\"nope\"}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(json(unknown).path("code").asText()).isEqualTo("pipeline_not_found");
    assertThat(json(unknown).path("remediation_hint").asText()).contains("core, marts");
    assertThat(backend.submissions).isEmpty();
  }

  @Test
  void aProjectWithCompileErrorsRunsNothingAndSaysWhy() {
    files.put("models/core/orders.sql", "SELEC 1");

    ApiResponse r = post("{}");

    assertThat(r.status()).isEqualTo(422);
    JsonNode error = json(r);
    assertThat(error.path("code").asText()).isEqualTo("project_invalid");
    assertThat(error.path("diagnostics").findValuesAsText("code")).isNotEmpty();
    assertThat(backend.submissions).isEmpty();
    // The models are listed all the same, flagged.
    assertThat(json(get("/models")).path("has_errors").asBoolean()).isTrue();
  }

  @Test
  void listsRecentRunsNewestFirstAndByPipeline() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    backend.recorded(new RunRecord("run-20260101-000000-000", t, t.plusSeconds(1), RunStatus.SUCCESS,
        List.of(new dev.rocky.core.run.ModelExecution("orders", t, t, 0, null, null, null, ModelStatus.SUCCESS, "h", null,
            List.of())), RunTrigger.MANUAL, "c", null, SessionSource.CLI, null, null, null, null, "h", "v"));
    post("{\"pipeline\":\"marts\"}");
    backend.finish("revenue");

    JsonNode all = json(get("/runs"));
    assertThat(all.path("runs").findValuesAsText("run_id"))
        .containsExactly("run-20260102-030405-000", "run-20260101-000000-000");
    assertThat(json(get("/runs?limit=1")).path("runs")).hasSize(1);
    assertThat(json(get("/runs?pipeline=core")).path("runs").findValuesAsText("run_id"))
        .containsExactly("run-20260101-000000-000");
    assertThat(json(get("/runs?pipeline=marts")).path("runs").findValuesAsText("run_id"))
        .containsExactly("run-20260102-030405-000");
    assertThat(get("/runs?limit=0").status()).isEqualTo(400);
    assertThat(get("/runs?limit=x").status()).isEqualTo(400);
    assertThat(json(get("/runs?pipeline=nope")).path("code").asText()).isEqualTo("pipeline_not_found");
  }

  @Test
  void unknownRunsAreNotFound() {
    assertThat(json(get("/runs/run-20990101-000000-000")).path("code").asText()).isEqualTo("run_not_found");
    assertThat(get("/runs/not-a-run-id").status()).isEqualTo(404);
  }

  @Test
  void servesTheModelsAndTheirLineageAsTheCliPrintsThem() {
    JsonNode models = json(get("/models"));
    assertThat(models.path("command").asText()).isEqualTo("models");
    assertThat(models.path("has_errors").asBoolean()).isFalse();
    assertThat(models.path("models")).extracting(m -> m.path("name").asText()).containsExactly("orders", "revenue");
    assertThat(models.path("pipelines").get(1).path("models").get(0).asText()).isEqualTo("revenue");

    JsonNode lineage = json(get("/models/revenue/lineage"));
    assertThat(lineage.path("command").asText()).isEqualTo("lineage");
    assertThat(lineage.path("upstream").get(0).asText()).isEqualTo("orders");
    assertThat(lineage.path("edges").findValuesAsText("transform")).isNotEmpty();

    ApiResponse missing = get("/models/nope/lineage");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(json(missing).path("code").asText()).isEqualTo("model_not_found");
    assertThat(json(missing).path("remediation_hint").asText()).contains("orders, revenue");
  }

  @Test
  void unknownRoutesAndMethodsAndBugsAnswerTheErrorBody() {
    assertThat(json(get("/nope")).path("code").asText()).isEqualTo("not_found");
    ApiResponse method = call("DELETE", "/runs", null, TOKEN);
    assertThat(method.status()).isEqualTo(405);
    assertThat(json(method).path("code").asText()).isEqualTo("method_not_allowed");

    backend.failure = new IllegalStateException("boom");
    ApiResponse bug = post("{}");
    assertThat(bug.status()).isEqualTo(500);
    assertThat(json(bug).path("code").asText()).isEqualTo("internal");
    assertThat(bug.bodyText()).doesNotContain("at dev.rocky");
    assertThat(logged).hasSize(1);

    backend.failure = new dev.rocky.core.error.RockyException(dev.rocky.core.state.StoreErrorCode.STATE_BUSY, "busy");
    ApiResponse busy = post("{}");
    assertThat(busy.status()).isEqualTo(503);
    assertThat(json(busy).path("code").asText()).isEqualTo("unavailable");
  }

  @Test
  void decodesPathSegmentsOnTheirOwn() {
    ApiRequest r = ApiRequest.of("get", "/models/a%2Fb/lineage", "x=1+2&y=%C3%A9&x=3", Map.of("X-Thing", "v"), new byte[0], null);
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.segments()).containsExactly("models", "a/b", "lineage");
    assertThat(r.query()).containsEntry("x", List.of("1 2", "3")).containsEntry("y", List.of("é"));
    assertThat(r.header("x-thing")).contains("v");
    assertThat(RunViews.startOf("run-20260102-030405-123")).contains(Instant.parse("2026-01-02T03:04:05.123Z"));
  }
}
