package dev.rocky.fn.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.app.api.ApiErrorCode;
import dev.rocky.app.api.ApiException;
import dev.rocky.app.api.ApiRequest;
import dev.rocky.app.api.ApiResponse;
import dev.rocky.fn.support.FunctionJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * API Gateway's Lambda proxy events as {@link ApiRequest}s, and {@link ApiResponse}s as proxy
 * results. Both payload versions: 1.0 (REST APIs: {@code httpMethod}, {@code path},
 * {@code multiValueQueryStringParameters}, the caller in {@code requestContext.identity}) and 2.0
 * (HTTP APIs: {@code rawPath} without the stage, {@code rawQueryString}, the caller in
 * {@code requestContext.authorizer.iam}). The caller is the IAM principal API Gateway authenticated
 * (its user ARN), absent when the route is not IAM-authorized.
 */
final class ProxyEvents {
  private ProxyEvents() {}

  static ApiRequest request(JsonNode event) {
    return event.path("version").asText().equals("2.0") ? v2(event) : v1(event);
  }

  private static ApiRequest v1(JsonNode event) {
    String method = required(event, "httpMethod");
    String path = required(event, "path");
    Map<String, List<String>> query = new LinkedHashMap<>();
    JsonNode multi = event.path("multiValueQueryStringParameters");
    if (multi.isObject()) {
      multi.properties().forEach(e -> {
        List<String> values = new ArrayList<>();
        e.getValue().forEach(v -> values.add(v.asText()));
        query.put(e.getKey(), values);
      });
    } else {
      event.path("queryStringParameters").properties().forEach(e -> query.put(e.getKey(), List.of(e.getValue().asText())));
    }
    JsonNode identity = event.path("requestContext").path("identity");
    String caller = text(identity, "userArn");
    ApiRequest bare = ApiRequest.of(method, path, null, headers(event), body(event), caller != null ? caller : text(identity, "caller"));
    return new ApiRequest(bare.method(), bare.path(), bare.segments(), query, bare.headers(), bare.body(), bare.caller());
  }

  private static ApiRequest v2(JsonNode event) {
    JsonNode context = event.path("requestContext");
    String method = required(context.path("http"), "method");
    String path = required(event, "rawPath");
    String stage = text(context, "stage");
    if (stage != null && !stage.equals("$default") && (path.equals("/" + stage) || path.startsWith("/" + stage + "/"))) {
      path = path.substring(stage.length() + 1);
    }
    String caller = text(context.path("authorizer").path("iam"), "userArn");
    return ApiRequest.of(method, path.isEmpty() ? "/" : path, text(event, "rawQueryString"), headers(event), body(event),
        caller);
  }

  /** The proxy result: status, headers (the content type included), the body as text. */
  static byte[] response(ApiResponse response) {
    ObjectNode out = FunctionJson.mapper().createObjectNode();
    out.put("statusCode", response.status());
    ObjectNode headers = out.putObject("headers");
    headers.put("Content-Type", ApiResponse.CONTENT_TYPE);
    response.headers().forEach(headers::put);
    out.put("body", response.bodyText());
    out.put("isBase64Encoded", false);
    return FunctionJson.bytes(out);
  }

  private static Map<String, String> headers(JsonNode event) {
    Map<String, String> headers = new LinkedHashMap<>();
    event.path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
    return headers;
  }

  private static byte[] body(JsonNode event) {
    String body = text(event, "body");
    if (body == null) {
      return new byte[0];
    }
    if (event.path("isBase64Encoded").asBoolean(false)) {
      try {
        return Base64.getDecoder().decode(body);
      } catch (IllegalArgumentException e) {
        throw new ApiException(ApiErrorCode.REQUEST_INVALID, "the body is not valid base64", "send the body as JSON");
      }
    }
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      throw new IllegalArgumentException("not an API Gateway proxy event: no " + field);
    }
    return value;
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
  }
}
