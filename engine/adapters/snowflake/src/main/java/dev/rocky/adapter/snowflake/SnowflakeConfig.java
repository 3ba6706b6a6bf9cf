package dev.rocky.adapter.snowflake;

import dev.rocky.core.config.Secret;
import dev.rocky.core.config.RetryConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where and how the Snowflake adapter connects: the {@code account} (and, for private links and
 * tests, an explicit {@code endpoint}), the user and credentials, the session's warehouse,
 * database, schema and role, the statement timeout, the retry policy and the most connections
 * (sessions) it opens. Prints without credentials.
 */
public record SnowflakeConfig(
    String account,
    @Nullable URI endpoint,
    @Nullable String user,
    SnowflakeAuth auth,
    @Nullable String warehouse,
    @Nullable String database,
    @Nullable String schema,
    @Nullable String role,
    Duration queryTimeout,
    RetryConfig retry,
    int maxSessions) {

  public SnowflakeConfig {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(queryTimeout, "queryTimeout");
    Objects.requireNonNull(retry, "retry");
    if (maxSessions < 1) {
      throw new IllegalArgumentException("maxSessions must be at least 1, got " + maxSessions);
    }
  }

  List<Secret> secrets() {
    List<Secret> out = new ArrayList<>();
    switch (auth) {
      case SnowflakeAuth.Password p -> out.add(p.password());
      case SnowflakeAuth.KeyPair k -> {
        if (k.passphrase() != null) {
          out.add(k.passphrase());
        }
      }
      case SnowflakeAuth.OAuth o -> out.add(o.token());
      case SnowflakeAuth.Pat p -> out.add(p.token());
    }
    return out;
  }

  public SnowflakeConfig withQueryTimeout(Duration timeout) {
    return new SnowflakeConfig(account, endpoint, user, auth, warehouse, database, schema, role, timeout, retry, maxSessions);
  }

  public SnowflakeConfig withAuth(SnowflakeAuth newAuth) {
    return new SnowflakeConfig(account, endpoint, user, newAuth, warehouse, database, schema, role, queryTimeout, retry,
        maxSessions);
  }
}
