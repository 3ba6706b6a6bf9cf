package dev.rocky.fn.support;

import dev.rocky.core.error.RockyException;
import dev.rocky.fn.FunctionErrorCode;
import java.util.Map;
import java.util.Optional;

/**
 * The function's settings, read from environment variables (set by the infrastructure stack). A
 * handler reads them once, in its runtime constructor: they are configuration, not secrets.
 */
public record Env(Map<String, String> vars) {

  public Env {
    vars = Map.copyOf(vars);
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
