package dev.rocky.fn.compile;

import dev.rocky.app.compile.CompileService;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.error.RockyException;
import dev.rocky.fn.FunctionErrorCode;
import dev.rocky.fn.support.ArchiveProjectSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The project of a run, compiled again from its snapshot by the steps after the models (cost,
 * governance, the catalog), which need its configuration, classifications and models rather than
 * the plan. A warm function keeps its last compile while the snapshot's bytes, the config file and
 * the variables stay the same.
 */
public final class SnapshotProjects {
  private final Snapshots snapshots;
  private final CompileService compiler;
  private final Supplier<Map<String, String>> environment;
  private Cached last;

  private record Cached(String digest, String config, Map<String, String> vars, CompileResult result) {}

  public SnapshotProjects(Snapshots snapshots, CompileService compiler, Supplier<Map<String, String>> environment) {
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    this.compiler = Objects.requireNonNull(compiler, "compiler");
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /** Projects from {@code snapshots}, compiled as the compile function compiles them (no cache). */
  public static SnapshotProjects of(Snapshots snapshots) {
    return new SnapshotProjects(snapshots, new CompileService(dev.rocky.core.port.CacheStore.NONE, null),
        CompileWiring::projectEnvironment);
  }

  /**
   * The compiled project of the snapshot under {@code key}.
   *
   * @throws RockyException {@code SNAPSHOT_NOT_FOUND}, {@code SNAPSHOT_UNREADABLE}, or
   *     {@code PROJECT_HAS_ERRORS} when it does not compile (the run compiled it: it changed since)
   */
  public synchronized CompileResult compile(String key, String configFile, Map<String, String> vars) {
    byte[] archive = snapshots.require(key);
    String digest = sha256(archive);
    Cached cached = last;
    if (cached != null && cached.digest.equals(digest) && cached.config.equals(configFile) && cached.vars.equals(vars)) {
      return cached.result;
    }
    ArchiveProjectSource source;
    try {
      source = ArchiveProjectSource.of(snapshots.location(key), archive);
    } catch (IllegalArgumentException e) {
      throw new RockyException(FunctionErrorCode.SNAPSHOT_UNREADABLE, snapshots.location(key) + ": " + e.getMessage(), e);
    }
    CompileOptions options = new CompileOptions(configFile, null, null, vars, List.of(), false, environment.get(),
        Runtime.getRuntime().availableProcessors());
    CompileResult result = compiler.compile(source, options);
    List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
    if (result.project() == null || !errors.isEmpty()) {
      throw new RockyException(FunctionErrorCode.PROJECT_HAS_ERRORS, snapshots.location(key) + " has " + errors.size()
          + " compile error(s), the first: " + (errors.isEmpty() ? "none" : errors.get(0).message())
          + "; a step after the models reads the snapshot the run compiled: do not replace it during a run");
    }
    last = new Cached(digest, configFile, Map.copyOf(vars), result);
    return result;
  }

  /**
   * The files of the snapshot under {@code key}, for what a compile does not keep (its digest, the
   * approvals packed with it).
   *
   * @throws RockyException {@code SNAPSHOT_NOT_FOUND}, {@code SNAPSHOT_UNREADABLE}
   */
  public ArchiveProjectSource source(String key) {
    byte[] archive = snapshots.require(key);
    try {
      return ArchiveProjectSource.of(snapshots.location(key), archive);
    } catch (IllegalArgumentException e) {
      throw new RockyException(FunctionErrorCode.SNAPSHOT_UNREADABLE, snapshots.location(key) + ": " + e.getMessage(), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
