package dev.rocky.app.lineagediff;

import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which models the changed files touch. A file under the models directory belongs to the model
 * whose SQL file has the same path stem ({@code x.sql}, its sidecar {@code x.toml}, its contract
 * {@code x.contract.toml}); the configuration, sources, seeds and shared model configuration
 * ({@code _defaults.toml}) belong to no model and may change any of them ({@link #shared}).
 */
final class ChangedModels {
  final Set<String> owned = new LinkedHashSet<>();
  boolean shared;
  boolean any;

  static ChangedModels of(List<String> paths, LineageDiffInput request, @Nullable Project base, @Nullable Project head) {
    ChangedModels out = new ChangedModels();
    String models = request.modelsDir() + "/";
    String contracts = request.contractsDir() == null ? null : request.contractsDir() + "/";
    for (String p : paths) {
      boolean modelFile = p.startsWith(models) && (p.endsWith(".sql") || p.endsWith(".toml"));
      boolean contractFile = contracts != null && p.startsWith(contracts) && p.endsWith(".contract.toml");
      boolean sharedFile = p.equals(request.configFile()) || p.startsWith("sources/") || p.startsWith("seeds/");
      if (!modelFile && !contractFile && !sharedFile) {
        continue;
      }
      out.any = true;
      if (sharedFile) {
        out.shared = true;
        continue;
      }
      List<String> owners = new ArrayList<>(owners(p, contractFile, base));
      owners.addAll(owners(p, contractFile, head));
      if (owners.isEmpty()) {
        out.shared = true;
      }
      out.owned.addAll(owners);
    }
    return out;
  }

  private static List<String> owners(String path, boolean contract, @Nullable Project project) {
    List<String> out = new ArrayList<>();
    if (project == null) {
      return out;
    }
    String stem = stem(path);
    String name = stem.substring(stem.lastIndexOf('/') + 1);
    for (Model m : project.models()) {
      boolean owns = contract ? m.name().equals(name) : stem(m.sqlFile()).equals(stem) || path.equals(m.sidecarFile());
      if (owns) {
        out.add(m.name());
      }
    }
    return out;
  }

  private static String stem(String path) {
    for (String ext : List.of(".contract.toml", ".sql", ".toml")) {
      if (path.endsWith(ext)) {
        return path.substring(0, path.length() - ext.length());
      }
    }
    return path;
  }
}
