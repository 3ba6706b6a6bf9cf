package dev.rocky.fn.compile;

import dev.rocky.app.branch.ProjectDigest;
import dev.rocky.core.port.ProjectSource;

/**
 * The {@link ProjectDigest} of a snapshot, as {@code rocky run} computes it for a project
 * directory: the configuration, {@code models/}, {@code sources/}. A branch run records it, and a
 * promotion and its approvals are bound to it.
 */
public final class SnapshotDigest {
  /** The models directory of a snapshot, as of a project directory. */
  static final String MODELS = "models";

  private SnapshotDigest() {}

  public static String of(ProjectSource source, String configFile) {
    return digest(source, configFile).sha256();
  }

  public static ProjectDigest digest(ProjectSource source, String configFile) {
    return ProjectDigest.of(source, configFile, MODELS, null);
  }
}
