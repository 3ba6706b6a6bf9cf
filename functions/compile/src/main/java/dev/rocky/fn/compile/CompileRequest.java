package dev.rocky.fn.compile;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.state.StateKeys;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to compile: a project snapshot (a zip, tar or tar.gz of the project) in the artifact
 * bucket. CI uploads one per pull request and calls the function with its key.
 *
 * @param snapshotKey the snapshot's object key in the artifact bucket, or the artifact key (64 hex
 *     characters) of a snapshot stored content-addressed, which is then verified on read
 * @param config the project-relative path of rocky.toml ({@code rocky.toml})
 * @param vars {@code @var(name)} bindings
 * @param branch plan the run into the schema-prefix branch of this name, instead of production
 * @param includeLayers whether the response lists the model names of each layer ({@code true} when
 *     absent); a state machine passes {@code false}, since a large project's names exceed a Step
 *     Functions payload, and addresses models by layer and index in the plan instead
 */
public record CompileRequest(
    @JsonProperty("snapshot_key") String snapshotKey,
    @JsonProperty("config") @Nullable String config,
    @JsonProperty("vars") @Nullable Map<String, String> vars,
    @JsonProperty("branch") @Nullable String branch,
    @JsonProperty("include_layers") @Nullable Boolean includeLayers) {

  public CompileRequest {
    StateKeys.requireValid(Objects.requireNonNull(snapshotKey, "snapshot_key"), "snapshot_key");
    vars = vars == null ? Map.of() : Map.copyOf(vars);
  }

  public static CompileRequest of(String snapshotKey) {
    return new CompileRequest(snapshotKey, null, null, null, null);
  }

  /** Whether the response lists the model names of each layer. */
  public boolean layersWanted() {
    return includeLayers == null || includeLayers;
  }

  public String configFile() {
    return config == null || config.isBlank() ? "rocky.toml" : config;
  }
}
