package dev.rocky.core.run;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The surface a run was launched from; snake_case on the wire. */
public enum SessionSource {
  @JsonProperty("cli") CLI,
  @JsonProperty("dagster") DAGSTER,
  @JsonProperty("lsp") LSP,
  @JsonProperty("http_api") HTTP_API
}
