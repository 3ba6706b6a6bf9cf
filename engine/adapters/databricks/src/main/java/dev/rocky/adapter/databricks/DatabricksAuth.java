package dev.rocky.adapter.databricks;

import dev.rocky.core.config.Secret;
import java.util.Objects;

/** How the adapter authenticates to the workspace. */
public sealed interface DatabricksAuth {

  /** The SDK's name for this method ({@code auth_type}). */
  String sdkAuthType();

  /** A personal access token ({@code token}); tried first, as in Rocky. */
  record Pat(Secret token) implements DatabricksAuth {
    public Pat {
      Objects.requireNonNull(token, "token");
    }

    @Override
    public String sdkAuthType() {
      return "pat";
    }
  }

  /**
   * OAuth machine-to-machine: a service principal's {@code client_id} and {@code client_secret},
   * exchanged at the workspace's {@code /oidc/v1/token} endpoint for short-lived tokens.
   */
  record OAuthM2M(String clientId, Secret clientSecret) implements DatabricksAuth {
    public OAuthM2M {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(clientSecret, "clientSecret");
    }

    @Override
    public String sdkAuthType() {
      return "oauth-m2m";
    }
  }
}
