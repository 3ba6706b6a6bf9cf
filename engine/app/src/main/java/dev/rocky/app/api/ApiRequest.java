package dev.rocky.app.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request, as the transport received it.
 *
 * @param method upper case, e.g. {@code GET}
 * @param path the decoded path, e.g. {@code /models/fct orders/lineage}, without the query
 * @param segments the path's segments, each decoded on its own (a {@code %2F} stays inside its segment)
 * @param query query parameters, decoded, in order
 * @param headers header names in lower case; the first value of each
 * @param body the body's bytes (empty when none)
 * @param caller who made the request, when the transport authenticated it (the IAM principal behind
 *     API Gateway); null locally
 */
public record ApiRequest(
    String method,
    String path,
    List<String> segments,
    Map<String, List<String>> query,
    Map<String, String> headers,
    byte[] body,
    @Nullable String caller) {

  public ApiRequest {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(path, "path");
    segments = List.copyOf(segments);
    Map<String, List<String>> q = new LinkedHashMap<>();
    query.forEach((k, v) -> q.put(k, List.copyOf(v)));
    query = Collections.unmodifiableMap(q);
    Map<String, String> h = new LinkedHashMap<>();
    headers.forEach((k, v) -> h.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
    headers = Collections.unmodifiableMap(h);
    body = body.clone();
  }

  /**
   * A request from its raw (still percent-encoded) path and query string.
   *
   * @param rawQuery the part after {@code ?}, or null
   */
  public static ApiRequest of(String method, String rawPath, @Nullable String rawQuery, Map<String, String> headers,
      byte[] body, @Nullable String caller) {
    List<String> segments = new ArrayList<>();
    for (String s : rawPath.split("/")) {
      if (!s.isEmpty()) {
        segments.add(UrlCoding.decode(s, false));
      }
    }
    return new ApiRequest(method, "/" + String.join("/", segments), segments, UrlCoding.query(rawQuery), headers,
        body, caller);
  }

  /** A request without body or headers, e.g. for tests and priming. */
  public static ApiRequest of(String method, String rawPathAndQuery) {
    int q = rawPathAndQuery.indexOf('?');
    return of(method, q < 0 ? rawPathAndQuery : rawPathAndQuery.substring(0, q), q < 0 ? null : rawPathAndQuery.substring(q + 1),
        Map.of(), new byte[0], null);
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The first value of a query parameter. */
  public Optional<String> queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public String toString() {
    return method + " " + path;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ApiRequest r && method.equals(r.method) && path.equals(r.path) && query.equals(r.query)
        && headers.equals(r.headers) && java.util.Arrays.equals(body, r.body) && Objects.equals(caller, r.caller);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, query, headers, java.util.Arrays.hashCode(body), caller);
  }
}
