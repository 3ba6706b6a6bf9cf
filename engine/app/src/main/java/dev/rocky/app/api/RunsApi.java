package dev.rocky.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.error.Hinted;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.state.LeaseHeldException;
import java.util.List;
import java.util.Objects;

/**
 * The routes of the runs API ({@code docs/api/openapi.yaml}), for any transport: authenticate
 * (every route but {@code /health}), route, answer JSON. Every failure becomes the one error body
 * with a stable code; nothing thrown reaches the transport, and no stack trace reaches a client
 * (an unexpected failure is answered {@code internal} and handed to the {@link FailureLog}).
 */
public final class RunsApi {
  /** The largest request body read. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  private final Authenticator authenticator;
  private final RunRoutes runs;
  private final ModelRoutes models;
  private final FailureLog log;

  public RunsApi(Authenticator authenticator, ProjectBackend project, RunBackend runs, FailureLog log) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.runs = new RunRoutes(project, runs);
    this.models = new ModelRoutes(project);
    this.log = Objects.requireNonNull(log, "log");
  }

  /** Where unexpected failures go: the server's log, with their stack traces. */
  @FunctionalInterface
  public interface FailureLog {
    void unexpected(ApiRequest request, Throwable failure);

    /** To the JDK's platform logger. */
    static FailureLog platform() {
      System.Logger logger = System.getLogger(RunsApi.class.getName());
      return (request, failure) -> logger.log(System.Logger.Level.ERROR, "internal error on " + request, failure);
    }
  }

  /** {@code GET /health}. */
  public record Health(@JsonProperty("status") String status, @JsonProperty("version") String version) {}

  public ApiResponse handle(ApiRequest request) {
    try {
      return route(request);
    } catch (ApiException e) {
      return answer(e);
    } catch (LeaseHeldException e) {
      String owner = e.holder().owner();
      return answer(ApiException.runInProgress(RunRoutes.runIdOfLeaseOwner(owner)));
    } catch (RockyException e) {
      return answer(translate(e));
    } catch (RuntimeException e) {
      log.unexpected(request, e);
      return ApiResponse.json(500, ApiError.of(ApiErrorCode.INTERNAL, "an unexpected error: "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          "this is a bug in rocky; the server's log has the details"));
    }
  }

  private ApiResponse route(ApiRequest r) {
    List<String> s = r.segments();
    if (s.size() == 1 && s.getFirst().equals("health")) {
      allow(r, "GET");
      return ApiResponse.json(200, new Health("ok", RockyVersion.get()));
    }
    if (!authenticator.allows(r)) {
      throw new ApiException(ApiErrorCode.UNAUTHORIZED, r.header("authorization").isPresent()
          ? "the credentials are not valid for this server" : "this route needs authentication",
          "send the token as 'Authorization: Bearer <token>' (rocky serve prints where it comes from), "
              + "or sign the request with IAM (AWS)");
    }
    if (s.size() == 1 && s.getFirst().equals("runs")) {
      return switch (allow(r, "GET", "POST")) {
        case "POST" -> runs.start(r);
        default -> runs.list(r);
      };
    }
    if (s.size() == 2 && s.getFirst().equals("runs")) {
      allow(r, "GET");
      return runs.get(s.get(1));
    }
    if (s.size() == 1 && s.getFirst().equals("models")) {
      allow(r, "GET");
      return models.list();
    }
    if (s.size() == 3 && s.getFirst().equals("models") && s.get(2).equals("lineage")) {
      allow(r, "GET");
      return models.lineage(s.get(1));
    }
    throw new ApiException(ApiErrorCode.NOT_FOUND, "no route " + r.path(),
        "the routes are /health, /runs, /runs/{run_id}, /models and /models/{name}/lineage (docs/api/openapi.yaml)");
  }

  /** The request's method, when it is one of {@code methods}. */
  private static String allow(ApiRequest r, String... methods) {
    for (String m : methods) {
      if (m.equals(r.method())) {
        return m;
      }
    }
    throw new ApiException(ApiErrorCode.METHOD_NOT_ALLOWED, r.method() + " is not allowed on " + r.path(),
        "use " + String.join(" or ", methods));
  }

  private ApiResponse answer(ApiException e) {
    ApiResponse response = ApiResponse.json(e.apiCode().status(), e.body());
    return e.apiCode() == ApiErrorCode.UNAUTHORIZED ? authenticator.challenge(response) : response;
  }

  /** A failure of the engine (a store, the warehouse, the project) as the API answers it. */
  private static ApiException translate(RockyException e) {
    String message = e.getMessage() == null ? e.code().name() : e.getMessage();
    String hint = e instanceof Hinted h ? h.hint() : null;
    return switch (e.type()) {
      case USER_ERROR -> new ApiException(ApiErrorCode.REQUEST_INVALID, message,
          hint != null ? hint : "check the request and the project ('rocky validate' checks the configuration)");
      case EXTERNAL, INSUFFICIENT_RESOURCES -> new ApiException(ApiErrorCode.UNAVAILABLE, message,
          hint != null ? hint : "a store or service failed; try again");
      case INTERNAL_ERROR -> new ApiException(ApiErrorCode.INTERNAL, message,
          hint != null ? hint : "this is a bug in rocky; the server's log has the details");
    };
  }
}
