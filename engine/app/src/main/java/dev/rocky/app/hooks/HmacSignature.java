package dev.rocky.app.hooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Rocky-Signature} header of a webhook whose {@code secret} is set: {@code sha256=}
 * followed by the lower-case hex HMAC-SHA256 of the raw request body, keyed with the secret.
 */
public final class HmacSignature {
  public static final String HEADER = "X-Rocky-Signature";

  private HmacSignature() {}

  public static String of(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
