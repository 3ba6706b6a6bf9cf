package dev.rocky.fn.support;

import dev.rocky.core.error.RockyException;
import dev.rocky.fn.FunctionErrorCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The function's settings, read from environment variables (set by the infrastructure stack). A
 * handler reads them once, in its runtime constructor: they are configuration, not secrets, and
 * the credentials Lambda may put in the environment are left out (the SDK reads those itself).
 */
public record Env(Map<String, String> vars) {
  private static final Set<String> CREDENTIALS = Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");

  public Env {
    Map<String, String> settings = new HashMap<>(vars);
    settings.keySet().removeAll(CREDENTIALS);
    vars = Map.copyOf(settings);
  }

  public static Env system() {
    return new Env(System.getenv());
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(vars.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  public String get(String name, String fallback) {
    return get(name).orElse(fallback);
  }

  /** @throws RockyException ({@code CONFIGURATION_MISSING}) when it is not set */
  public String require(String name) {
    return get(name).orElseThrow(() -> new RockyException(FunctionErrorCode.CONFIGURATION_MISSING,
        "the function's environment does not set " + name));
  }
}
