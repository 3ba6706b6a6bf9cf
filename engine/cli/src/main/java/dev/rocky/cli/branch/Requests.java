package dev.rocky.cli.branch;

import dev.rocky.app.replay.ReplayMode;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The requests of the branch, plan/apply, replay and audit commands. {@code config} is the absolute
 * path of {@code rocky.toml}; the project root is its directory.
 */
public final class Requests {
  private Requests() {}

  /** {@code rocky branch create|show|delete NAME}, and {@code list} (name null). */
  public record Branch(Path config, @Nullable String name, @Nullable String description) {
    public Branch {
      Objects.requireNonNull(config, "config");
    }
  }

  /** {@code rocky branch approve NAME [--message]}. */
  public record Approve(Path config, Path models, String name, @Nullable String message) {
    public Approve {
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(models, "models");
      Objects.requireNonNull(name, "name");
    }
  }

  /** {@code rocky branch promote NAME [--allow-breaking] [--dry-run]}. */
  public record Promote(Path config, Path models, String name, boolean allowBreaking, boolean dryRun) {
    public Promote {
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(models, "models");
      Objects.requireNonNull(name, "name");
    }
  }

  /** {@code rocky apply PLAN_ID}: the id, or a unique prefix of at least 8 characters. */
  public record Apply(Path config, String planId, boolean progress) {
    public Apply {
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(planId, "planId");
    }
  }

  /** {@code rocky replay RUN [--model M] [--check | --execute [--verify] | --verify]}. */
  public record Replay(Path config, String run, @Nullable String model, ReplayMode mode) {
    public Replay {
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(run, "run");
      Objects.requireNonNull(mode, "mode");
    }
  }

  /** {@code rocky history --audit --model M [--column C]}. */
  public record Audit(Path config, String model, @Nullable String column, int limit) {
    public Audit {
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(model, "model");
    }
  }
}
