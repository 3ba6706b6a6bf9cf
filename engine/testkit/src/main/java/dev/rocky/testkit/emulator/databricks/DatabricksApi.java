package dev.rocky.testkit.emulator.databricks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The routes of the emulated workspace, as a WireMock transformer applied to every request:
 * statements, result chunks, cancel, query history, and the OAuth discovery and token endpoints.
 * Every {@code /api/} call must carry {@code Authorization: Bearer} with the PAT or an issued
 * OAuth token.
 */
final class DatabricksApi implements ResponseDefinitionTransformerV2 {
  private static final Pattern STATEMENT = Pattern.compile("/api/2\\.0/sql/statements/([^/]+)");
  private static final Pattern CHUNK = Pattern.compile("/api/2\\.0/sql/statements/([^/]+)/result/chunks/(\\d+)");
  private static final Pattern CANCEL = Pattern.compile("/api/2\\.0/sql/statements/([^/]+)/cancel");

  private final DatabricksEmulator emulator;

  DatabricksApi(DatabricksEmulator emulator) {
    this.emulator = emulator;
  }

  @Override
  public String getName() {
    return "databricks-api";
  }

  /** Only the emulator's catch-all stub names this transformer; a test's own stubs answer as written. */
  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request r = event.getRequest();
    String raw = r.getUrl().contains("?") ? r.getUrl().substring(0, r.getUrl().indexOf('?')) : r.getUrl();
    // The SDK posts statements to ".../statements/"; the API reference writes ".../statements".
    String path = raw.length() > 1 && raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
    try {
      if (path.startsWith("/oidc/")) {
        return emulator.oauth().route(r, path);
      }
      if (!path.startsWith("/api/")) {
        return json(404, Json.error("ENDPOINT_NOT_FOUND", "No API found for '" + r.getMethod() + " " + path + "'"));
      }
      if (!emulator.oauth().authorized(r.getHeader("Authorization"))) {
        return json(401, Json.error("UNAUTHENTICATED", "Invalid access token."));
      }
      return route(r, path);
    } catch (RuntimeException e) {
      return json(500, Json.error("INTERNAL_ERROR", e.toString()));
    }
  }

  private ResponseDefinition route(Request r, String path) {
    Matcher m;
    if (RequestMethod.POST.equals(r.getMethod()) && path.equals("/api/2.0/sql/statements")) {
      return submit(Json.parse(r.getBodyAsString()));
    }
    if (RequestMethod.GET.equals(r.getMethod()) && (m = CHUNK.matcher(path)).matches()) {
      return chunk(m.group(1), Integer.parseInt(m.group(2)));
    }
    if (RequestMethod.POST.equals(r.getMethod()) && (m = CANCEL.matcher(path)).matches()) {
      emulator.warehouse().statement(m.group(1)).ifPresent(EmulatedStatement::cancel);
      return json(200, Json.object());
    }
    if (RequestMethod.GET.equals(r.getMethod()) && (m = STATEMENT.matcher(path)).matches()) {
      String id = m.group(1);
      return emulator.warehouse().statement(id)
          .map(s -> json(200, StatementResponses.statement(s, s.poll(), emulator.chunkRows())))
          .orElseGet(() -> json(404, Json.error("NOT_FOUND", "The statement " + id + " was not found.")));
    }
    if (RequestMethod.GET.equals(r.getMethod()) && path.equals("/api/2.0/sql/history/queries")) {
      return json(200, QueryHistoryPages.page(emulator, r));
    }
    return json(404, Json.error("ENDPOINT_NOT_FOUND", "No API found for '" + r.getMethod() + " " + path + "'"));
  }

  private ResponseDefinition submit(JsonNode body) {
    Faults faults = emulator.faults();
    if (Faults.take(faults.throttledSubmits)) {
      return json(429, Json.error("RESOURCE_EXHAUSTED", "Too many requests. Please retry later."));
    }
    if (Faults.take(faults.unavailableSubmits)) {
      return json(503, Json.error("TEMPORARILY_UNAVAILABLE", "The service is temporarily unavailable."));
    }
    if (!emulator.warehouseId().equals(body.path("warehouse_id").asText())) {
      return json(400, Json.error("INVALID_PARAMETER_VALUE", "warehouse_id is not a warehouse of this workspace"));
    }
    Map<String, @Nullable String> parameters = new HashMap<>();
    body.path("parameters").forEach(p -> parameters.put(p.path("name").asText(), p.hasNonNull("value") ? p.path("value").asText() : null));
    Map<String, String> tags = new HashMap<>();
    body.path("query_tags").forEach(t -> tags.put(t.path("key").asText(), t.path("value").asText()));
    EmulatedStatement s = emulator.warehouse().submit(new EmulatedWarehouse.Submission(body.path("statement").asText(),
        parameters, text(body, "catalog"), text(body, "schema"), tags, faults.heldPolls.getAndSet(0),
        faults.hangNext.getAndSet(false)));
    long wait = seconds(body.path("wait_timeout").asText("10s"));
    String state = s.state();
    if (wait > 0 && state.equals("RUNNING")) {
      try {
        s.awaitEnd(wait * 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      state = s.state();
      if (state.equals("RUNNING") && body.path("on_wait_timeout").asText("CONTINUE").equals("CANCEL")) {
        s.cancel();
        state = s.state();
      }
    }
    return json(200, StatementResponses.statement(s, state, emulator.chunkRows()));
  }

  private ResponseDefinition chunk(String id, int index) {
    return emulator.warehouse().statement(id)
        .filter(s -> s.outcome() instanceof Outcome.Rows)
        .map(s -> StatementResponses.chunk(s, (Outcome.Rows) s.outcome(), index, emulator.chunkRows()))
        .map(c -> json(200, c))
        .orElseGet(() -> json(404, Json.error("NOT_FOUND", "No chunk " + index + " for statement " + id)));
  }

  private static @Nullable String text(JsonNode body, String field) {
    return body.hasNonNull(field) ? body.path(field).asText() : null;
  }

  private static long seconds(String waitTimeout) {
    return Long.parseLong(waitTimeout.replace("s", "").strip());
  }

  static ResponseDefinition json(int status, ObjectNode body) {
    return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(Json.write(body)).build();
  }
}
