package dev.rocky.fn.api;

import dev.rocky.app.api.ApiErrorCode;
import dev.rocky.app.api.ApiException;
import dev.rocky.app.api.ProjectBackend;
import dev.rocky.app.compile.CompileService;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.fn.compile.Snapshots;
import dev.rocky.fn.support.ArchiveProjectSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The deployed project: a snapshot in the artifact bucket (the one runs compile), compiled in the
 * function. A warm function keeps the archive and a few compiles (by {@code @var} bindings) for a
 * minute, so a redeployed snapshot under the same key is picked up soon after.
 */
public final class SnapshotProject implements ProjectBackend {
  private static final Duration FRESH = Duration.ofMinutes(1);
  private static final int COMPILES_KEPT = 8;

  private final Supplier<ProjectSource> source;
  private final @Nullable String config;
  private final CompileService compiler;
  private final Supplier<Map<String, String>> environment;
  private final Clock clock;
  private final Map<Map<String, String>, CompileResult> compiled = new LinkedHashMap<>();
  private @Nullable ProjectSource archive;
  private @Nullable Instant readAt;

  /**
   * @param source reads the project, once per minute at most
   * @param config its rocky.toml path, or null for {@code rocky.toml}
   * @param environment what {@code ${VAR}} in the project's TOML reads
   */
  public SnapshotProject(Supplier<ProjectSource> source, @Nullable String config, CompileService compiler,
      Supplier<Map<String, String>> environment, Clock clock) {
    this.source = source;
    this.config = config;
    this.compiler = compiler;
    this.environment = environment;
    this.clock = clock;
  }

  /** The snapshot under {@code key}, read through {@code snapshots}. */
  public static Supplier<ProjectSource> snapshot(Snapshots snapshots, String key) {
    return () -> {
      try {
        return ArchiveProjectSource.of(snapshots.location(key), snapshots.require(key));
      } catch (RockyException | IllegalArgumentException e) {
        throw new ApiException(ApiErrorCode.UNAVAILABLE, "the deployed project snapshot cannot be read: " + e.getMessage(),
            "upload the project's archive to " + snapshots.location(key) + " (ROCKY_PROJECT_SNAPSHOT_KEY names it)");
      }
    };
  }

  @Override
  public synchronized CompileResult compile(Map<String, String> vars) {
    Instant now = clock.instant();
    if (archive == null || readAt == null || !now.isBefore(readAt.plus(FRESH))) {
      archive = source.get();
      readAt = now;
      compiled.clear();
    }
    CompileResult result = compiled.get(vars);
    if (result == null) {
      CompileOptions options = new CompileOptions(config == null ? "rocky.toml" : config, null, null, vars, List.of(),
          false, environment.get(), Runtime.getRuntime().availableProcessors());
      result = compiler.compile(archive, options);
      if (compiled.size() >= COMPILES_KEPT) {
        compiled.remove(compiled.keySet().iterator().next());
      }
      compiled.put(Map.copyOf(vars), result);
    }
    return result;
  }
}
