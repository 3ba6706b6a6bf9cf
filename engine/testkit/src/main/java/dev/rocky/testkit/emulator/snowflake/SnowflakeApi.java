package dev.rocky.testkit.emulator.snowflake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The REST endpoints Snowflake's JDBC driver calls, as a WireMock transformer: login, query
 * (answering "in progress" with a result URL when a query runs long), result polling, abort,
 * session close, heartbeat and telemetry. Requests after login must carry
 * {@code Authorization: Snowflake Token="..."}.
 */
final class SnowflakeApi implements ResponseDefinitionTransformerV2 {
  private static final Pattern RESULT = Pattern.compile("/queries/([^/]+)/result");
  private static final Pattern TOKEN = Pattern.compile("Snowflake Token=\"([^\"]+)\"");

  private final SnowflakeEmulator emulator;

  SnowflakeApi(SnowflakeEmulator emulator) {
    this.emulator = emulator;
  }

  @Override
  public String getName() {
    return "snowflake-api";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request r = event.getRequest();
    String path = r.getUrl().contains("?") ? r.getUrl().substring(0, r.getUrl().indexOf('?')) : r.getUrl();
    try {
      if (RequestMethod.POST.equals(r.getMethod()) && path.equals("/session/v1/login-request")) {
        return login(r);
      }
      Optional<EmulatedSession> session = emulator.account().session(token(r.getHeader("Authorization")));
      if (path.equals("/telemetry/send") || path.equals("/session/heartbeat") || path.equals("/session/token-request")) {
        return Wire.json(200, Wire.success(Wire.JSON.createObjectNode()));
      }
      if (session.isEmpty()) {
        return Wire.json(200, Wire.failure("390112", "Your session has expired. Please login again.", null));
      }
      if (RequestMethod.POST.equals(r.getMethod()) && path.equals("/session")) {
        emulator.account().closeSession(session.get().token);
        return Wire.json(200, Wire.success(Wire.JSON.createObjectNode()));
      }
      if (RequestMethod.POST.equals(r.getMethod()) && path.equals("/queries/v1/query-request")) {
        if (SnowflakeEmulator.take(emulator.throttledQueries)) {
          return Wire.json(429, Wire.failure("000429", "Too many requests", null));
        }
        return submit(session.get(), Wire.parse(r.getBodyAsString()), param(r, "requestId"));
      }
      if (RequestMethod.POST.equals(r.getMethod()) && path.equals("/queries/v1/abort-request")) {
        String requestId = Wire.parse(r.getBodyAsString()).path("requestId").asText();
        emulator.account().byRequestId(requestId).ifPresent(EmulatedQuery::cancel);
        return Wire.json(200, Wire.success(Wire.JSON.createObjectNode()));
      }
      Matcher m = RESULT.matcher(path);
      if (RequestMethod.GET.equals(r.getMethod()) && m.matches()) {
        return emulator.account().query(m.group(1)).map(this::answer)
            .orElseGet(() -> Wire.json(200, Wire.failure("000709", "Statement not found", null)));
      }
      return Wire.json(404, Wire.failure("404", "no such endpoint: " + path, null));
    } catch (RuntimeException | SQLException e) {
      return Wire.json(500, Wire.failure("000603", "emulator failure: " + e, null));
    }
  }

  private ResponseDefinition login(Request r) throws SQLException {
    JsonNode data = Wire.parse(r.getBodyAsString()).path("data");
    Credentials.Refusal refusal = emulator.credentials().check(data);
    if (refusal != null) {
      ObjectNode why = Wire.JSON.createObjectNode().put("nextAction", "RETRY_LOGIN").put("authnMethod", "USERNAME_PASSWORD");
      return Wire.json(200, Wire.failure(refusal.code(), refusal.message(), why));
    }
    EmulatedSession s = emulator.account().openSession(data.path("LOGIN_NAME").asText(SnowflakeEmulator.USER),
        data.path("AUTHENTICATOR").asText("SNOWFLAKE"), param(r, "schemaName"));
    ObjectNode body = Wire.JSON.createObjectNode().put("masterToken", "master-" + s.token).put("token", s.token)
        .put("validityInSeconds", 3600).put("masterValidityInSeconds", 14400).put("displayUserName", s.user)
        .put("serverVersion", "9.99.0").put("firstLogin", false).putNull("remMeToken").put("remMeValidityInSeconds", 0)
        .put("healthCheckInterval", 45).putNull("newClientForUpgrade").put("sessionId", Math.abs(s.token.hashCode()))
        .putNull("idToken").put("idTokenValidityInSeconds", 0).putNull("responseData").putNull("mfaToken")
        .put("mfaTokenValidityInSeconds", 0);
    body.putArray("parameters").add(Wire.parameter("AUTOCOMMIT", true)).add(Wire.parameter("TIMEZONE", "UTC"))
        .add(Wire.parameter("CLIENT_SESSION_KEEP_ALIVE", false)).add(Wire.parameter("QUERY_RESULT_FORMAT", "JSON"));
    body.putObject("sessionInfo").put("databaseName", s.database.toUpperCase(java.util.Locale.ROOT))
        .put("schemaName", s.schema).put("warehouseName", "ROCKY_WH").put("roleName", "ROCKY_ROLE");
    return Wire.json(200, Wire.success(body));
  }

  private ResponseDefinition submit(EmulatedSession session, JsonNode body, String requestId) {
    JsonNode tag = body.path("parameters").path("QUERY_TAG");
    EmulatedQuery q = emulator.account().submit(session, body.path("sqlText").asText(), body.path("bindings"),
        tag.isMissingNode() || tag.isNull() ? session.queryTag : tag.asText(), requestId);
    return answer(q);
  }

  /** The query's result when it ends within the wait, else "in progress" with the URL to poll. */
  private ResponseDefinition answer(EmulatedQuery q) {
    try {
      q.await(emulator.inlineWaitMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Object outcome = q.outcome();
    EmulatedSession s = q.session;
    return switch (outcome) {
      case null -> Wire.json(200, inProgress(q));
      case Wire.Result result -> Wire.json(200, Wire.success(Wire.result(result, q.id, List.of(
          Wire.parameter("AUTOCOMMIT", s.autocommit), Wire.parameter("TIMEZONE", "UTC")),
          s.database.toUpperCase(java.util.Locale.ROOT), s.schema)));
      case DuckDbToSnowflake.Failure f -> Wire.json(200, Wire.failure(f.code(), f.message(), f.data(q.id)));
      default -> throw new IllegalStateException("unexpected outcome " + outcome);
    };
  }

  private static ObjectNode inProgress(EmulatedQuery q) {
    ObjectNode data = Wire.JSON.createObjectNode().put("queryId", q.id).put("getResultUrl", "/queries/" + q.id + "/result")
        .put("queryAbortsAfterSecs", 300).putNull("progressDesc");
    ObjectNode out = Wire.JSON.createObjectNode();
    out.set("data", data);
    return out.put("code", "333334").put("message", "Asynchronous execution in progress. Use provided query id to "
        + "perform query monitoring and management.").put("success", true);
  }

  private static @Nullable String token(@Nullable String header) {
    if (header == null) {
      return null;
    }
    Matcher m = TOKEN.matcher(header);
    return m.find() ? m.group(1) : null;
  }

  private static @Nullable String param(Request r, String name) {
    QueryParameter p = r.queryParameter(name);
    return p != null && p.isPresent() ? p.firstValue() : null;
  }
}
