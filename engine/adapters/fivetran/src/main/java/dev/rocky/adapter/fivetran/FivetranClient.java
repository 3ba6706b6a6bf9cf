package dev.rocky.adapter.fivetran;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rocky.core.error.RockyException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * GET requests to Fivetran's REST API v1, read as JSON: every answer is {@code {"code": ..., "data":
 * ...}}, lists are {@code data.items} with {@code data.next_cursor} for the next page. A status other
 * than 200 is a coded error naming the path and the status, with the API's own message.
 */
final class FivetranClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PAGE = 1000;

  private final URI base;
  private final FivetranCredentials credentials;
  private final HttpClient http;
  private final Duration timeout;

  FivetranClient(URI base, FivetranCredentials credentials, Duration timeout) {
    this.base = base;
    this.credentials = credentials;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** Every item of a paginated list, following {@code next_cursor}. */
  List<JsonNode> list(String path) {
    List<JsonNode> items = new ArrayList<>();
    String cursor = null;
    do {
      String query = "?limit=" + PAGE + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      JsonNode data = data(path, query);
      JsonNode page = data.path("items");
      if (!page.isArray()) {
        throw badResponse(path, "no data.items list");
      }
      page.forEach(items::add);
      JsonNode next = data.path("next_cursor");
      cursor = next.isTextual() && !next.asText().isEmpty() ? next.asText() : null;
    } while (cursor != null);
    return items;
  }

  /** The {@code data} object of one answer. */
  JsonNode get(String path) {
    return data(path, "");
  }

  private JsonNode data(String path, String query) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path + query))
        .timeout(timeout)
        .header("Authorization", credentials.authorization())
        .header("Accept", "application/json")
        .GET()
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new RockyException(FivetranErrorCode.FIVETRAN_UNAVAILABLE, "the Fivetran API at " + base
          + " is unreachable (GET " + path + "): " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RockyException(FivetranErrorCode.FIVETRAN_UNAVAILABLE, "interrupted while calling the Fivetran API (GET " + path + ")", e);
    }
    JsonNode body = parse(path, response.body());
    if (response.statusCode() != 200) {
      throw failed(path, response.statusCode(), body);
    }
    JsonNode data = body.path("data");
    if (!data.isObject()) {
      throw badResponse(path, "no data object");
    }
    return data;
  }

  private static JsonNode parse(String path, String body) {
    if (body == null || body.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode().put("message", "(not JSON)");
    }
  }

  private static RockyException failed(String path, int status, JsonNode body) {
    String said = body.path("message").asText("");
    String code = body.path("code").asText("");
    FivetranErrorCode error = switch (status) {
      case 401, 403 -> FivetranErrorCode.FIVETRAN_AUTH_FAILED;
      case 404 -> FivetranErrorCode.FIVETRAN_NOT_FOUND;
      case 429 -> FivetranErrorCode.FIVETRAN_THROTTLED;
      default -> status >= 500 ? FivetranErrorCode.FIVETRAN_UNAVAILABLE : FivetranErrorCode.FIVETRAN_BAD_RESPONSE;
    };
    return new RockyException(error, "the Fivetran API answered HTTP " + status + " to GET " + path
        + (code.isEmpty() ? "" : " (" + code + ")") + (said.isEmpty() ? "" : ": " + said));
  }

  private static RockyException badResponse(String path, String what) {
    return new RockyException(FivetranErrorCode.FIVETRAN_BAD_RESPONSE,
        "the Fivetran API's answer to GET " + path + " has " + what);
  }
}
