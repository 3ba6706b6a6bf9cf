package dev.rocky.adapter.snowflake;

import dev.rocky.core.config.Secret;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** How the adapter logs in to Snowflake; each variant sets the driver's {@code authenticator}. */
public sealed interface SnowflakeAuth {

  /** {@code user} + {@code password} (the driver's default authenticator). */
  record Password(Secret password) implements SnowflakeAuth {
    public Password {
      Objects.requireNonNull(password, "password");
    }
  }

  /**
   * Key-pair authentication ({@code SNOWFLAKE_JWT}): the driver signs a JWT with the PKCS#8 private
   * key in {@code privateKeyFile}, decrypted with {@code passphrase} when the key is encrypted.
   */
  record KeyPair(Path privateKeyFile, @Nullable Secret passphrase) implements SnowflakeAuth {
    public KeyPair {
      Objects.requireNonNull(privateKeyFile, "privateKeyFile");
    }
  }

  /** An OAuth access token issued by Snowflake or an external IdP ({@code oauth}). */
  record OAuth(Secret token) implements SnowflakeAuth {
    public OAuth {
      Objects.requireNonNull(token, "token");
    }
  }

  /** A programmatic access token ({@code PROGRAMMATIC_ACCESS_TOKEN}). */
  record Pat(Secret token) implements SnowflakeAuth {
    public Pat {
      Objects.requireNonNull(token, "token");
    }
  }
}
