package dev.rocky.testkit.emulator.snowflake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who may log in to the emulated account, by each of the driver's authenticators: the user's
 * password, a JWT signed with the user's registered RSA key (checked as Snowflake checks it: RS256
 * signature, {@code iss} = {@code ACCOUNT.USER.SHA256:<public key fingerprint>}, {@code sub} =
 * {@code ACCOUNT.USER}, not expired), an OAuth access token, a programmatic access token.
 */
final class Credentials {
  /** Why a login failed: Snowflake's code and message. */
  record Refusal(String code, String message) {}

  private final String account;
  private final String user;
  private final String password;
  private final String oauthToken;
  private final String pat;
  private volatile @Nullable PublicKey publicKey;

  Credentials(String account, String user, String password, String oauthToken, String pat) {
    this.account = account.toUpperCase(Locale.ROOT);
    this.user = user.toUpperCase(Locale.ROOT);
    this.password = password;
    this.oauthToken = oauthToken;
    this.pat = pat;
  }

  void registerPublicKey(PublicKey key) {
    this.publicKey = key;
  }

  /** Null when {@code data} (the login request's {@code data}) may log in. */
  @Nullable Refusal check(JsonNode data) {
    String authenticator = data.path("AUTHENTICATOR").asText("SNOWFLAKE").toUpperCase(Locale.ROOT);
    String login = data.path("LOGIN_NAME").asText("").toUpperCase(Locale.ROOT);
    String token = data.path("TOKEN").asText("");
    return switch (authenticator) {
      case "SNOWFLAKE_JWT" -> jwt(token) ? null : new Refusal("390144", "JWT token is invalid.");
      case "OAUTH" -> oauthToken.equals(token) ? null : new Refusal("390303", "Invalid OAuth access token.");
      case "PROGRAMMATIC_ACCESS_TOKEN" -> login.equals(user) && pat.equals(token) ? null
          : new Refusal("394400", "Programmatic access token is invalid.");
      default -> login.equals(user) && password.equals(data.path("PASSWORD").asText(""))
          ? null : new Refusal("390100", "Incorrect username or password was specified.");
    };
  }

  private boolean jwt(String token) {
    PublicKey key = publicKey;
    String[] parts = token.split("\\.");
    if (key == null || parts.length != 3) {
      return false;
    }
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initVerify(key);
      rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!rs256.verify(Base64.getUrlDecoder().decode(parts[2]))) {
        return false;
      }
      JsonNode claims = Wire.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
      String fingerprint = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
      return claims.path("iss").asText().equals(account + "." + user + ".SHA256:" + fingerprint)
          && claims.path("sub").asText().equals(account + "." + user)
          && claims.path("exp").asLong() > Instant.now().getEpochSecond();
    } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
