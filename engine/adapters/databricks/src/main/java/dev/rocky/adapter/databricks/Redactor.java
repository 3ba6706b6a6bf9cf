package dev.rocky.adapter.databricks;

import dev.rocky.core.config.Secret;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Scrubs credentials out of text before it reaches an exception message or a log line: the
 * configured secrets verbatim, and anything shaped like a token (a {@code dapi...} PAT, a bearer
 * header, an OAuth {@code access_token}) that the SDK or the server might echo.
 */
final class Redactor {
  static final String MASK = "***";
  private static final List<Pattern> SHAPES = List.of(
      Pattern.compile("dapi[0-9a-fA-F]{16,}(?:-\\d+)?"),
      Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+"),
      Pattern.compile("(?i)(\"?(?:access_token|refresh_token|id_token|client_secret|token)\"?\\s*[:=]\\s*\"?)[^\"&\\s,}]+"));

  private final List<String> secrets;

  Redactor(List<Secret> secrets) {
    this.secrets = secrets.stream().map(Secret::reveal).toList();
  }

  String scrub(@Nullable String text) {
    if (text == null) {
      return "";
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    for (Pattern shape : SHAPES) {
      // A shape with a group keeps its group (the key or the word "Bearer") and masks the rest.
      out = shape.matcher(out).replaceAll(m -> m.groupCount() > 0 ? Matcher.quoteReplacement(m.group(1)) + MASK : MASK);
    }
    return out;
  }
}
