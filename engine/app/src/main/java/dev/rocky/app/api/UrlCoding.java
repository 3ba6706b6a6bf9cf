package dev.rocky.app.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Percent-decoding of path segments and query strings. */
final class UrlCoding {
  private UrlCoding() {}

  /**
   * Decodes {@code %XX} escapes (UTF-8); {@code +} is a space only in a query.
   *
   * @throws ApiException ({@code request_invalid}) on a malformed escape
   */
  static String decode(String text, boolean query) {
    try {
      return URLDecoder.decode(query ? text : text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ApiErrorCode.REQUEST_INVALID, "malformed percent-encoding in '" + text + "'",
          "encode the URL's special characters as %XX");
    }
  }

  /** {@code a=1&b=2&a=3} as {@code {a: [1, 3], b: [2]}}. */
  static Map<String, List<String>> query(@Nullable String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }
}
