package dev.rocky.app.branch;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.replay.CanonicalJson;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.ProjectSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The identity of what a project builds: the SHA-256 of the canonical JSON that maps every file of
 * the configuration, the models directory, {@code sources/} and the contracts directory to the
 * SHA-256 of its bytes. Approvals are bound to it (Rocky's "branch state hash"), plans record it,
 * and runs record the digest they were built from. Data, seeds and {@code .rocky/} are not part of it.
 *
 * @param sha256 the digest
 * @param files project-relative path to the SHA-256 of the file, sorted
 */
public record ProjectDigest(@JsonProperty("sha256") String sha256, @JsonProperty("files") Map<String, String> files) {

  public ProjectDigest {
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /**
   * @param configFile {@code rocky.toml}'s project-relative path
   * @param modelsDir the models directory, project-relative
   * @param contractsDir a separate contracts directory, or null
   */
  public static ProjectDigest of(ProjectSource source, String configFile, String modelsDir, @Nullable String contractsDir) {
    List<String> paths = new ArrayList<>();
    try {
      if (source.isFile(configFile)) {
        paths.add(configFile);
      }
      for (String dir : dirs(modelsDir, contractsDir)) {
        if (source.isDirectory(dir)) {
          paths.addAll(source.listFiles(dir));
        }
      }
      Map<String, String> files = new TreeMap<>();
      for (String path : paths) {
        files.put(path, ArtifactStore.keyOf(source.read(path).getBytes(StandardCharsets.UTF_8)));
      }
      return new ProjectDigest(CanonicalJson.sha256(files), files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the project's files to digest them: " + e.getMessage(), e);
    }
  }

  private static List<String> dirs(String modelsDir, @Nullable String contractsDir) {
    List<String> dirs = new ArrayList<>(List.of(modelsDir, "sources"));
    if (contractsDir != null && !dirs.contains(contractsDir)) {
      dirs.add(contractsDir);
    }
    return dirs;
  }

  /** The files that differ from {@code other}'s (added, removed or changed), sorted. */
  public List<String> changedSince(ProjectDigest other) {
    TreeMap<String, Boolean> all = new TreeMap<>();
    files.keySet().forEach(f -> all.put(f, true));
    other.files.keySet().forEach(f -> all.put(f, true));
    return all.keySet().stream().filter(f -> !java.util.Objects.equals(files.get(f), other.files.get(f))).toList();
  }
}
