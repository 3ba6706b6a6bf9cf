package dev.rocky.testkit.emulator.databricks;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's OAuth endpoints for machine-to-machine auth: OIDC discovery
 * ({@code /oidc/.well-known/oauth-authorization-server}) and the token endpoint
 * ({@code /oidc/v1/token}, {@code grant_type=client_credentials}, client authenticated by HTTP
 * Basic or form fields). Issued tokens, and the workspace PAT, are what {@code /api/} accepts.
 */
final class OAuthEndpoints {
  private final String pat;
  private final String clientId;
  private final String clientSecret;
  private final Set<String> issued = ConcurrentHashMap.newKeySet();

  OAuthEndpoints(String pat, String clientId, String clientSecret) {
    this.pat = pat;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  boolean authorized(@Nullable String header) {
    if (header == null || !header.startsWith("Bearer ")) {
      return false;
    }
    String token = header.substring("Bearer ".length());
    return token.equals(pat) || issued.contains(token);
  }

  Set<String> issuedTokens() {
    return Set.copyOf(issued);
  }

  ResponseDefinition route(Request r, String path) {
    String base = r.getAbsoluteUrl().substring(0, r.getAbsoluteUrl().indexOf(path));
    if (RequestMethod.GET.equals(r.getMethod()) && path.equals("/oidc/.well-known/oauth-authorization-server")) {
      return DatabricksApi.json(200, Json.object().put("issuer", base + "/oidc")
          .put("authorization_endpoint", base + "/oidc/v1/authorize").put("token_endpoint", base + "/oidc/v1/token"));
    }
    if (RequestMethod.POST.equals(r.getMethod()) && path.equals("/oidc/v1/token")) {
      Map<String, String> form = form(r.getBodyAsString());
      String[] client = basic(r.getHeader("Authorization"));
      String id = client != null ? client[0] : form.get("client_id");
      String secret = client != null ? client[1] : form.get("client_secret");
      if (!"client_credentials".equals(form.get("grant_type")) || !clientId.equals(id) || !clientSecret.equals(secret)) {
        return DatabricksApi.json(401, Json.object().put("error", "invalid_client")
            .put("error_description", "Client authentication failed"));
      }
      String token = "eyJemulated." + UUID.randomUUID();
      issued.add(token);
      return DatabricksApi.json(200, Json.object().put("access_token", token).put("token_type", "Bearer")
          .put("expires_in", 3600).put("scope", form.getOrDefault("scope", "all-apis")));
    }
    return DatabricksApi.json(404, Json.error("ENDPOINT_NOT_FOUND", path));
  }

  static Map<String, String> form(String body) {
    Map<String, String> out = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static String @Nullable [] basic(@Nullable String header) {
    if (header == null || !header.startsWith("Basic ")) {
      return null;
    }
    String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
    int colon = decoded.indexOf(':');
    return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }
}
