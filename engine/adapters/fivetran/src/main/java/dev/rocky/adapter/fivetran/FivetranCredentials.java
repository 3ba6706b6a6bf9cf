package dev.rocky.adapter.fivetran;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The API key and secret; only the Basic header is ever built from them, and {@link #toString} hides both. */
final class FivetranCredentials {
  private final String key;
  private final String secret;

  FivetranCredentials(String key, String secret) {
    this.key = key;
    this.secret = secret;
  }

  String authorization() {
    return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "FivetranCredentials[***]";
  }
}
