package dev.rocky.app.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Objects;

/** Decides whether a request may use the API ({@code /health} is always open). */
@FunctionalInterface
public interface Authenticator {

  boolean allows(ApiRequest request);

  /** What a refused client is told, e.g. a {@code WWW-Authenticate} challenge; none by default. */
  default ApiResponse challenge(ApiResponse refusal) {
    return refusal;
  }

  /**
   * {@code Authorization: Bearer <token>}, compared in constant time; {@code rocky serve}'s
   * scheme.
   */
  static Authenticator bearer(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("the bearer token must not be blank");
    }
    byte[] expected = token.getBytes(StandardCharsets.UTF_8);
    return new Authenticator() {
      @Override
      public boolean allows(ApiRequest request) {
        String header = request.header("authorization").orElse("").strip();
        if (header.length() < 7 || !header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
          return false;
        }
        return MessageDigest.isEqual(expected, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public ApiResponse challenge(ApiResponse refusal) {
        return refusal.withHeader("WWW-Authenticate", "Bearer realm=\"rocky\"");
      }
    };
  }

  /**
   * A principal the transport authenticated ({@link ApiRequest#caller()}): behind API Gateway with
   * IAM authorization, the caller's ARN. A request without one did not come through the gateway's
   * authorizer and is refused.
   */
  static Authenticator authenticatedCaller() {
    return request -> request.caller() != null && !request.caller().isBlank();
  }
}
