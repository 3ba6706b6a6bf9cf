package dev.rocky.app.ai;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One answer of the model, as files: the model and, when the answer has one, its sidecar.
 *
 * @param modelPath project-relative, e.g. {@code models/fct_revenue.sql}
 * @param sidecarPath project-relative, e.g. {@code models/fct_revenue.toml}
 */
public record Candidate(String name, String modelPath, String model, String sidecarPath, @Nullable String sidecar) {

  public Candidate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(modelPath, "modelPath");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(sidecarPath, "sidecarPath");
  }

  /** The files to compile and, once they compile, to write: path to text, the model first. */
  public Map<String, String> files() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(modelPath, model);
    if (sidecar != null) {
      out.put(sidecarPath, sidecar);
    }
    return out;
  }
}
