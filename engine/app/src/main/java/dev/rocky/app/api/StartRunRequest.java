package dev.rocky.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /runs} (schema {@code StartRun}).
 *
 * @param pipeline the transformation pipeline, or null for every one
 * @param selection {@code rocky run --model} selectors; empty for every model
 * @param branch build into {@code branch__<name>} instead of production
 * @param vars {@code @var(name)} bindings
 * @param idempotencyKey a second request with the key after a success starts nothing
 * @param trigger what started the run (Manual when absent)
 * @param sessionSource {@code http_api} or {@code dagster} (http_api when absent)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StartRunRequest(
    @JsonProperty("pipeline") @Nullable String pipeline,
    @JsonProperty("selection") List<String> selection,
    @JsonProperty("branch") @Nullable String branch,
    @JsonProperty("vars") Map<String, String> vars,
    @JsonProperty("idempotency_key") @Nullable String idempotencyKey,
    @JsonProperty("trigger") RunTrigger trigger,
    @JsonProperty("session_source") SessionSource sessionSource) {

  private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9_]{1,64}");
  static final String HINT = "see the StartRun schema in docs/api/openapi.yaml";

  public StartRunRequest {
    if (pipeline != null && pipeline.isBlank()) {
      throw invalid("pipeline must not be blank; leave it out to run every pipeline");
    }
    selection = selection == null ? List.of() : List.copyOf(selection);
    if (selection.stream().anyMatch(s -> s == null || s.isBlank())) {
      throw invalid("selection has a blank selector");
    }
    if (branch != null && !BRANCH.matcher(branch).matches()) {
      throw invalid("branch '" + branch + "' is not 1 to 64 of [A-Za-z0-9_]");
    }
    vars = vars == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(vars));
    if (vars.values().stream().anyMatch(v -> v == null)) {
      throw invalid("vars must map names to strings");
    }
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 256)) {
      throw invalid("idempotency_key must have 1 to 256 characters");
    }
    trigger = trigger == null ? RunTrigger.MANUAL : trigger;
    sessionSource = sessionSource == null ? SessionSource.HTTP_API : sessionSource;
    if (sessionSource != SessionSource.HTTP_API && sessionSource != SessionSource.DAGSTER) {
      throw invalid("session_source is http_api or dagster");
    }
  }

  /** Every pipeline, every model, production, no key. */
  public static StartRunRequest all() {
    return new StartRunRequest(null, List.of(), null, Map.of(), null, null, null);
  }

  private static IllegalArgumentException invalid(String message) {
    return new IllegalArgumentException(message);
  }
}
