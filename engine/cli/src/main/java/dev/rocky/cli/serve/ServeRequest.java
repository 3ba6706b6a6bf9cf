package dev.rocky.cli.serve;

import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code rocky serve}.
 *
 * @param config the absolute path of {@code rocky.toml}; the project root is its directory
 * @param models the models directory
 * @param host the address to bind, {@code 127.0.0.1} by default
 * @param port the port; 0 picks a free one
 * @param token the bearer token every route but {@code /health} requires
 * @param parallel models of one layer run at once
 * @param debug print the stack traces of unexpected failures
 */
public record ServeRequest(Path config, Path models, String host, int port, String token, int parallel, boolean debug) {
  public ServeRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("not a port: " + port);
    }
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be at least 1: " + parallel);
    }
  }

  @Override
  public String toString() {
    return "ServeRequest[config=" + config + ", host=" + host + ", port=" + port + ", token=***]";
  }
}
