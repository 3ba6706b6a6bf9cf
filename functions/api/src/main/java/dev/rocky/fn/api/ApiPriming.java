package dev.rocky.fn.api;

import dev.rocky.fn.support.ArchiveProjectSource;
import dev.rocky.core.memory.MemoryStateStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Answers a few requests end to end (decode the proxy event, authenticate, route, compile, encode)
 * against an in-memory state store, the compile function's bundled project and a starter that
 * starts nothing: Calcite, Jackson and the routes are loaded and warmed before the SnapStart
 * snapshot. Nothing of it is kept.
 */
final class ApiPriming {
  private static final String PROJECT = "/dev/rocky/fn/compile/priming/";
  private static final String CALLER = "arn:aws:iam::000000000000:user/priming";

  private ApiPriming() {}

  /** The status of each primed request, in order. */
  static List<Integer> run() {
    Clock clock = Clock.systemUTC();
    ApiHandler handler = new ApiHandler(ApiWiring.of(new MemoryStateStore(clock), ApiPriming::bundledProject, "priming",
        null, new IdleStarter(), clock, Map::of, () -> {}));
    String model = "stg_orders";
    return List.of(
        status(handler, "GET", "/health", null),
        status(handler, "GET", "/models", null),
        status(handler, "GET", "/models/" + model + "/lineage", null),
        status(handler, "POST", "/runs", "{\"selection\":[\"" + model + "\"]}"),
        status(handler, "GET", "/runs", null),
        status(handler, "GET", "/runs/run-20000101-000000-000", null));
  }

  private static int status(ApiHandler handler, String method, String path, @Nullable String body) {
    String event = "{\"httpMethod\":\"" + method + "\",\"path\":\"" + path + "\",\"headers\":{},"
        + "\"requestContext\":{\"identity\":{\"userArn\":\"" + CALLER + "\"}}"
        + (body == null ? "" : ",\"body\":" + dev.rocky.fn.support.FunctionJson.mapper().valueToTree(body)) + "}";
    byte[] result = handler.invoke(event.getBytes(StandardCharsets.UTF_8));
    return dev.rocky.fn.support.FunctionJson.read(result, com.fasterxml.jackson.databind.JsonNode.class)
        .path("statusCode").asInt();
  }

  /** The compile function's bundled project, file by file. */
  static ArchiveProjectSource bundledProject() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String path : text("files.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      files.put(path, text(path).getBytes(StandardCharsets.UTF_8));
    }
    return new ArchiveProjectSource("priming", files);
  }

  private static String text(String path) {
    try (InputStream in = ApiPriming.class.getResourceAsStream(PROJECT + path)) {
      if (in == null) {
        throw new IllegalStateException("the priming project lacks " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts nothing, has nothing in progress. */
  private static final class IdleStarter implements RunStarter {
    @Override
    public void start(String runId, String input) {}

    @Override
    public Optional<Execution> describe(String runId) {
      return Optional.empty();
    }

    @Override
    public List<Execution> running(int limit) {
      return List.of();
    }
  }
}
