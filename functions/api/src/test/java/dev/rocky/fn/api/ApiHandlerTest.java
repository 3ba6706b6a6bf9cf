package dev.rocky.fn.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import dev.rocky.core.state.IdempotencyPolicy;
import dev.rocky.core.state.IdempotencyState;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.fn.RockyUserError;
import dev.rocky.fn.support.ArchiveProjectSource;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.core.memory.MemoryStateStore;
import dev.rocky.testkit.fake.MutableClock;
import dev.rocky.testkit.openapi.OpenApiContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The API handler on proxy events, over an in-memory state store and a fake Step Functions; answers held to the OpenAPI document. */
class ApiHandlerTest {
  static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
  private static final OpenApiContract CONTRACT = OpenApiContract.load(REPO.resolve("docs/api/openapi.yaml"));
  private static final String CALLER = "arn:aws:iam::123456789012:user/dagster";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
  private final MemoryStateStore state = new MemoryStateStore(clock);
  private final FakeStarter starter = new FakeStarter();
  private final ApiHandler handler = new ApiHandler(ApiWiring.of(state, ApiHandlerTest::fixture, "snapshots/main.zip",
      null, starter, clock, Map::of, () -> {}));

  @AfterAll
  static void everyOperationWasAnsweredThroughTheHandler() {
    assertThat(CONTRACT.observed()).extracting(s -> s.substring(0, s.lastIndexOf(' ')))
        .containsAll(CONTRACT.operations());
  }

  /** The runs API fixture project (the one the Python client's tests serve), read from the repository. */
  static ArchiveProjectSource fixture() {
    Path root = REPO.resolve("integrations/dagster/tests/fixtures/project");
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArchiveProjectSource("s3://bucket/snapshots/main.zip", files);
  }

  /** A REST API (payload 1.0) event, signed by {@code caller} when not null. */
  private static ObjectNode v1(String method, String path, @Nullable String body, @Nullable String caller) {
    ObjectNode e = FunctionJson.mapper().createObjectNode();
    e.put("resource", "/{proxy+}");
    e.put("httpMethod", method);
    int q = path.indexOf('?');
    e.put("path", q < 0 ? path : path.substring(0, q));
    if (q >= 0) {
      ObjectNode multi = e.putObject("multiValueQueryStringParameters");
      for (String pair : path.substring(q + 1).split("&")) {
        multi.putArray(pair.split("=")[0]).add(pair.split("=")[1]);
      }
    }
    e.putObject("headers").put("Content-Type", "application/json");
    ObjectNode identity = e.putObject("requestContext").put("stage", "prod").putObject("identity");
    if (caller != null) {
      identity.put("userArn", caller).put("caller", "AIDAEXAMPLE");
    }
    if (body != null) {
      e.put("body", body);
    }
    e.put("isBase64Encoded", false);
    return e;
  }

  /** Invokes the handler and checks the proxy result against the document. */
  private JsonNode invoke(ObjectNode event, String path) {
    JsonNode result = FunctionJson.read(handler.invoke(FunctionJson.bytes(event)), JsonNode.class);
    String method = event.has("httpMethod") ? event.get("httpMethod").asText()
        : event.path("requestContext").path("http").path("method").asText();
    String body = result.path("body").asText();
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    CONTRACT.assertResponse(method, bare, result.path("statusCode").asInt(),
        result.path("headers").path("Content-Type").asText(), body);
    ((ObjectNode) result).set("json", FunctionJson.read(body.getBytes(StandardCharsets.UTF_8), JsonNode.class));
    return result;
  }

  private JsonNode call(String method, String path, @Nullable String body) {
    return invoke(v1(method, path, body, CALLER), path);
  }

  @Test
  void healthIsOpenAndEveryOtherRouteNeedsAnIamCaller() {
    assertThat(invoke(v1("GET", "/health", null, null), "/health").path("statusCode").asInt()).isEqualTo(200);
    for (String path : List.of("/runs", "/models", "/models/stg_orders/lineage", "/runs/run-20260101-000000-000")) {
      JsonNode refused = invoke(v1("GET", path, null, null), path);
      assertThat(refused.path("statusCode").asInt()).as(path).isEqualTo(401);
      assertThat(refused.path("json").path("code").asText()).isEqualTo("unauthorized");
    }
    assertThat(invoke(v1("POST", "/runs", "{}", null), "/runs").path("statusCode").asInt()).isEqualTo(401);
    assertThat(starter.inputs).isEmpty();
  }

  @Test
  void startsAnExecutionNamedByTheRunIdAndFollowsItToItsRecord() {
    JsonNode started = call("POST", "/runs", "{\"pipeline\":\"shop\",\"selection\":[\"customer_revenue+\"],"
        + "\"vars\":{\"d\":\"1\"},\"idempotency_key\":\"k-9\",\"session_source\":\"dagster\"}");

    assertThat(started.path("statusCode").asInt()).isEqualTo(202);
    String runId = started.path("json").path("run_id").asText();
    assertThat(runId).isEqualTo("run-20260301-000000-000");
    assertThat(started.path("headers").path("Location").asText()).isEqualTo("/runs/" + runId);
    JsonNode input = FunctionJson.read(starter.inputs.getFirst().getBytes(StandardCharsets.UTF_8), JsonNode.class);
    assertThat(input.path("run_id").asText()).isEqualTo(runId);
    assertThat(input.path("snapshot_key").asText()).isEqualTo("snapshots/main.zip");
    assertThat(input.path("pipeline").asText()).isEqualTo("shop");
    assertThat(input.path("selection").get(0).asText()).isEqualTo("customer_revenue+");
    assertThat(input.path("vars").path("d").asText()).isEqualTo("1");
    assertThat(input.path("idempotency_key").asText()).isEqualTo("k-9");
    assertThat(input.path("session_source").asText()).isEqualTo("dagster");
    assertThat(input.path("triggering_identity").asText()).isEqualTo(CALLER);

    Instant t = Instant.parse("2026-03-01T00:00:01Z");
    ModelExecution stg = new ModelExecution("stg_orders", t, t.plusMillis(20), 20, 3L, null, null, ModelStatus.SUCCESS,
        "0011223344556677", null, List.of());
    state.commitModelResult(new ModelCommit(runId, stg, null, List.of()));
    JsonNode running = call("GET", "/runs/" + runId, null).path("json");
    assertThat(running.path("status").asText()).isEqualTo("Running");
    assertThat(running.path("pipeline").asText()).isEqualTo("shop");
    assertThat(running.path("models").findValuesAsText("model_name")).containsExactly("stg_orders");
    assertThat(call("GET", "/runs", null).path("json").path("runs").findValuesAsText("run_id")).containsExactly(runId);

    JsonNode conflict = call("POST", "/runs", "{}");
    assertThat(conflict.path("statusCode").asInt()).isEqualTo(409);
    assertThat(conflict.path("json").path("running_run_id").asText()).isEqualTo(runId);

    state.recordRun(new RunRecord(runId, Instant.parse("2026-03-01T00:00:00Z"), t.plusSeconds(1), RunStatus.SUCCESS,
        List.of(stg), RunTrigger.MANUAL, "0123456789abcdef", CALLER, SessionSource.DAGSTER, null, null, "k-9", null,
        "lambda", "0.1.0"));
    starter.end(runId, RunStarter.Status.SUCCEEDED, null, null);
    JsonNode done = call("GET", "/runs/" + runId, null).path("json");
    assertThat(done.path("status").asText()).isEqualTo("Success");
    assertThat(done.path("done").asBoolean()).isTrue();
    assertThat(done.path("pipeline").asText()).isEqualTo("shop");
    assertThat(done.path("triggering_identity").asText()).isEqualTo(CALLER);
    assertThat(call("GET", "/runs?pipeline=shop&limit=5", null).path("json").path("runs").findValuesAsText("run_id"))
        .containsExactly(runId);
  }

  @Test
  void aFailedExecutionWithoutARecordIsAnError() {
    String runId = call("POST", "/runs", "{}").path("json").path("run_id").asText();
    starter.end(runId, RunStarter.Status.FAILED, "States.TaskFailed", "execute: boom");

    JsonNode view = call("GET", "/runs/" + runId, null).path("json");

    assertThat(view.path("status").asText()).isEqualTo("Error");
    assertThat(view.path("error").path("code").asText()).isEqualTo("execution_failed");
    assertThat(view.path("error").path("message").asText()).contains("FAILED", "States.TaskFailed", "execute: boom");
    assertThat(view.path("finished_at").asText()).isEqualTo("2026-03-01T00:00:10Z");
    assertThat(call("GET", "/runs/run-20260301-000000-999", null).path("statusCode").asInt()).isEqualTo(404);
  }

  @Test
  void aLiveLeaseIsAConflictAndAKeyThatSucceededStartsNothing() {
    state.acquireLease("cli-host:77:run-20260228-230000-000", Duration.ofHours(1));
    JsonNode leased = call("POST", "/runs", "{}");
    assertThat(leased.path("statusCode").asInt()).isEqualTo(409);
    assertThat(leased.path("json").path("running_run_id").asText()).isEqualTo("run-20260228-230000-000");
    state.releaseLease("cli-host:77:run-20260228-230000-000");

    state.claimIdempotencyKey("nightly", "run-20260228-010000-000", IdempotencyPolicy.DEFAULT);
    JsonNode inFlight = call("POST", "/runs", "{\"idempotency_key\":\"nightly\"}");
    assertThat(inFlight.path("statusCode").asInt()).isEqualTo(200);
    assertThat(inFlight.path("json").path("status").asText()).isEqualTo("SkippedInFlight");
    state.finishIdempotencyKey("nightly", "run-20260228-010000-000", IdempotencyState.SUCCEEDED, IdempotencyPolicy.DEFAULT);

    JsonNode again = call("POST", "/runs", "{\"idempotency_key\":\"nightly\"}");

    assertThat(again.path("statusCode").asInt()).isEqualTo(200);
    assertThat(again.path("json").path("status").asText()).isEqualTo("SkippedIdempotent");
    assertThat(again.path("json").path("run_id").asText()).isEqualTo("run-20260228-010000-000");
    assertThat(starter.inputs).isEmpty();
  }

  @Test
  void servesTheSnapshotsModelsAndRefusesBadRequestsLikeRockyServe() {
    JsonNode models = call("GET", "/models", null).path("json");
    assertThat(models.path("models")).extracting(m -> m.path("name").asText())
        .containsExactlyInAnyOrder("stg_orders", "customer_revenue", "daily_revenue");
    JsonNode lineage = call("GET", "/models/daily_revenue/lineage", null).path("json");
    assertThat(lineage.path("upstream").get(0).asText()).isEqualTo("stg_orders");
    assertThat(call("GET", "/models/nope/lineage", null).path("json").path("code").asText()).isEqualTo("model_not_found");
    assertThat(call("POST", "/runs", "{\"pipeline\":\"nope\"}").path("statusCode").asInt()).isEqualTo(404);
    assertThat(call("POST", "/runs", "{\"selections\":[]}").path("statusCode").asInt()).isEqualTo(400);
    assertThat(call("GET", "/runs?limit=500", null).path("statusCode").asInt()).isEqualTo(400);
    assertThat(starter.inputs).isEmpty();
  }

  @Test
  void readsHttpApiEventsWithAStageAndBase64Bodies() {
    ObjectNode e = FunctionJson.mapper().createObjectNode();
    e.put("version", "2.0");
    e.put("rawPath", "/prod/runs");
    e.put("rawQueryString", "limit=3");
    e.putObject("headers").put("content-type", "application/json");
    ObjectNode context = e.putObject("requestContext");
    context.put("stage", "prod");
    context.putObject("http").put("method", "GET");
    context.putObject("authorizer").putObject("iam").put("userArn", CALLER);
    assertThat(invoke(e, "/runs").path("statusCode").asInt()).isEqualTo(200);

    ObjectNode post = v1("POST", "/runs", Base64.getEncoder().encodeToString("{\"selection\":[\"stg_orders\"]}"
        .getBytes(StandardCharsets.UTF_8)), CALLER);
    post.put("isBase64Encoded", true);
    assertThat(invoke(post, "/runs").path("statusCode").asInt()).isEqualTo(202);

    assertThatThrownBy(() -> handler.invoke("{\"hello\":1}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RockyUserError.class).hasMessageStartingWith("REQUEST_INVALID: not an API Gateway proxy event");
  }

  @Test
  void primingAnswersEveryRouteInMemory() {
    assertThat(ApiPriming.run()).containsExactly(200, 200, 200, 202, 200, 404);
  }
}
