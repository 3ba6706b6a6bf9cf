package dev.rocky.cli.serve;

import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The bearer token of a {@code rocky serve} session: {@code --token}, else {@code ROCKY_SERVE_TOKEN},
 * else, on a loopback address only, a random one made for the session and printed once. A server
 * reachable from other machines always needs a token the user chose.
 *
 * @param generated whether it was made for this session (and must be shown to the user)
 */
record ServeToken(String value, boolean generated) {

  static ServeToken resolve(@Nullable String given, String host, SecureRandom random) {
    if (given != null && !given.isBlank()) {
      return new ServeToken(given.strip(), false);
    }
    if (!LocalServer.resolve(host).isLoopbackAddress()) {
      throw new CliException(CliErrorCode.USAGE, "serving on " + host + " (not a loopback address) needs a token",
          "pass --token TOKEN or set ROCKY_SERVE_TOKEN; every client then sends 'Authorization: Bearer TOKEN'");
    }
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return new ServeToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
  }

  @Override
  public String toString() {
    return "ServeToken[***]";
  }
}
