package dev.rocky.app.api;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One answer: a status, headers and a JSON body (every route answers JSON).
 *
 * @param headers besides {@code Content-Type}, which is always {@link #CONTENT_TYPE}
 */
public record ApiResponse(int status, Map<String, String> headers, byte[] body) {
  public static final String CONTENT_TYPE = "application/json; charset=utf-8";

  public ApiResponse {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body.clone();
  }

  /** {@code value} as the JSON body. */
  public static ApiResponse json(int status, Object value) {
    return new ApiResponse(status, Map.of(), ApiJson.bytes(value));
  }

  /** This response with one more header. */
  public ApiResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new ApiResponse(status, h, body);
  }

  public @Nullable String header(String name) {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ApiResponse r && status == r.status && headers.equals(r.headers)
        && java.util.Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * status + headers.hashCode()) + java.util.Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return status + " " + bodyText();
  }
}
