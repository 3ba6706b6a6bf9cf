package dev.rocky.app.run;

import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import dev.rocky.core.state.IdempotencyPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to run a plan, and what to record about the run.
 *
 * @param parallel models of one layer run at once ({@code --parallel}, Rocky's default 4)
 * @param filter the selection as the user wrote it, echoed as the output's {@code filter}
 * @param idempotencyKey {@code --idempotency-key}: a second run with the key after a success does nothing
 * @param configHash 16 hex characters fingerprinting {@code rocky.toml}
 * @param hostname the machine, recorded and used to recognise this machine's dead lease holders
 * @param leaseTtl how long the run lease lasts without renewal (renewed after a model once a quarter of it has passed)
 * @param partitions which windows of time_interval models to run
 * @param modelFiles model name to its SQL file, project-relative; a model not listed is {@code models/<name>.sql}
 * @param branch the branch the run writes to ({@code --branch}), recorded on the run; null for production
 * @param projectDigest the SHA-256 of the project files the plan was built from, recorded on the run
 */
public record RunOptions(
    int parallel,
    String filter,
    @Nullable String idempotencyKey,
    IdempotencyPolicy idempotencyPolicy,
    RunTrigger trigger,
    SessionSource sessionSource,
    String configHash,
    @Nullable String triggeringIdentity,
    @Nullable String gitCommit,
    @Nullable String gitBranch,
    @Nullable String targetCatalog,
    String hostname,
    Duration leaseTtl,
    PartitionOptions partitions,
    Map<String, String> modelFiles,
    @Nullable String branch,
    @Nullable String projectDigest) {

  public RunOptions {
    if (parallel < 1) {
      throw new IllegalArgumentException("--parallel must be at least 1: " + parallel);
    }
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(idempotencyPolicy, "idempotencyPolicy");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(sessionSource, "sessionSource");
    Objects.requireNonNull(configHash, "configHash");
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(partitions, "partitions");
    if (leaseTtl.isNegative() || leaseTtl.isZero()) {
      throw new IllegalArgumentException("the lease time to live must be positive: " + leaseTtl);
    }
    if (idempotencyKey != null && idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("--idempotency-key must not be blank");
    }
    modelFiles = Map.copyOf(modelFiles);
  }

  /** The SQL file of a model, for its errors. */
  public String sqlFile(String model) {
    return modelFiles.getOrDefault(model, "models/" + model + ".sql");
  }

  public static Builder builder(String configHash) {
    return new Builder(configHash);
  }

  /** This machine's name, or {@code unknown}. */
  public static String localHostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }

  /** Options with Rocky's defaults: 4 in parallel, manual trigger from the CLI, the latest partition. */
  public static final class Builder {
    private int parallel = 4;
    private String filter = "";
    private @Nullable String idempotencyKey;
    private IdempotencyPolicy idempotencyPolicy = IdempotencyPolicy.DEFAULT;
    private RunTrigger trigger = RunTrigger.MANUAL;
    private SessionSource sessionSource = SessionSource.CLI;
    private final String configHash;
    private @Nullable String triggeringIdentity;
    private @Nullable String gitCommit;
    private @Nullable String gitBranch;
    private @Nullable String targetCatalog;
    private @Nullable String hostname;
    private Duration leaseTtl = Duration.ofHours(1);
    private PartitionOptions partitions = PartitionOptions.LATEST;
    private final Map<String, String> modelFiles = new HashMap<>();
    private @Nullable String branch;
    private @Nullable String projectDigest;

    private Builder(String configHash) {
      this.configHash = configHash;
    }

    public Builder parallel(int value) {
      parallel = value;
      return this;
    }

    public Builder filter(String value) {
      filter = value;
      return this;
    }

    public Builder idempotencyKey(@Nullable String value) {
      idempotencyKey = value;
      return this;
    }

    public Builder idempotencyPolicy(IdempotencyPolicy value) {
      idempotencyPolicy = value;
      return this;
    }

    public Builder trigger(RunTrigger value) {
      trigger = value;
      return this;
    }

    public Builder sessionSource(SessionSource value) {
      sessionSource = value;
      return this;
    }

    public Builder triggeringIdentity(@Nullable String value) {
      triggeringIdentity = value;
      return this;
    }

    public Builder git(@Nullable String commit, @Nullable String branch) {
      gitCommit = commit;
      gitBranch = branch;
      return this;
    }

    public Builder targetCatalog(@Nullable String value) {
      targetCatalog = value;
      return this;
    }

    public Builder hostname(String value) {
      hostname = value;
      return this;
    }

    public Builder leaseTtl(Duration value) {
      leaseTtl = value;
      return this;
    }

    public Builder partitions(PartitionOptions value) {
      partitions = value;
      return this;
    }

    /** The SQL file of each model ({@code Model.sqlFile()}), for errors. */
    public Builder modelFiles(Map<String, String> value) {
      modelFiles.putAll(value);
      return this;
    }

    /** The branch the run writes to, and the digest of the project files it was planned from. */
    public Builder provenance(@Nullable String branchName, @Nullable String digest) {
      branch = branchName;
      projectDigest = digest;
      return this;
    }

    public RunOptions build() {
      return new RunOptions(parallel, filter, idempotencyKey, idempotencyPolicy, trigger, sessionSource, configHash,
          triggeringIdentity, gitCommit, gitBranch, targetCatalog, hostname == null ? localHostname() : hostname,
          leaseTtl, partitions, modelFiles, branch, projectDigest);
    }
  }
}
