package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The governance sections of {@code rocky.toml} other than {@code [mask]}: {@code [classifications]},
 * {@code [role.NAME]}, {@code [freshness]}, {@code [branch.approval]}, {@code [imports.NAME]} and
 * {@code [policy]}.
 */
public final class GovernanceSections {
  private GovernanceSections() {}

  /**
   * {@code [classifications]}: tags allowed to stay unmasked (silences W004), and what a mask that
   * did not apply does to a run ({@code mask_failure}, beyond Rocky): always an error; {@code abort}
   * makes the whole run a failure. Nothing weaker than an error can be configured.
   */
  public record Classifications(
      @JsonProperty("allow_unmasked") List<String> allowUnmasked,
      @JsonProperty("mask_failure") MaskFailure maskFailure) {
    public Classifications {
      allowUnmasked = Values.list(allowUnmasked);
      maskFailure = Values.or(maskFailure, MaskFailure.ERROR);
    }

    public Classifications(List<String> allowUnmasked) {
      this(allowUnmasked, null);
    }

    public static Classifications defaults() {
      return new Classifications(null, null);
    }

    /** Whether {@code tag} is listed in {@code allow_unmasked} (case-insensitively). */
    public boolean allowsUnmasked(String tag) {
      return allowUnmasked.stream().anyMatch(t -> t.equalsIgnoreCase(tag));
    }
  }

  /** What a mask that did not apply does to the run. */
  public enum MaskFailure {
    /** The run records the error and ends PartialFailure (exit 2) at best. */
    @JsonProperty("error")
    ERROR,
    /** The run ends Failure (exit 1). */
    @JsonProperty("abort")
    ABORT
  }

  /** {@code [role.NAME]}: a role that inherits other roles' permissions. */
  public record Role(@JsonProperty("inherits") List<String> inherits, @JsonProperty("permissions") List<String> permissions) {
    public Role {
      inherits = Values.list(inherits);
      permissions = Values.list(permissions);
    }
  }

  /**
   * {@code [freshness]}: the project-wide freshness budget. Only {@code expected_lag_seconds} is
   * acted on; {@code time_column} and {@code severity} are accepted and inert, as in Rocky.
   */
  public record Freshness(
      @JsonProperty("expected_lag_seconds") @Nullable Long expectedLagSeconds,
      @JsonProperty("time_column") @Nullable String timeColumn,
      @JsonProperty("severity") @Nullable String severity) {
    public static Freshness defaults() {
      return new Freshness(null, null, null);
    }
  }

  /** {@code [branch]}: only {@code [branch.approval]} for now. */
  public record Branch(@JsonProperty("approval") Approval approval) {
    public Branch {
      approval = Values.or(approval, new Approval(null, null, null, null));
    }

    public static Branch defaults() {
      return new Branch(null);
    }
  }

  /** {@code [branch.approval]}: signed approvals required before promotion. */
  public record Approval(
      @JsonProperty("required") Boolean required,
      @JsonProperty("min_approvers") Integer minApprovers,
      @JsonProperty("allowed_signers") List<String> allowedSigners,
      @JsonProperty("max_age_seconds") Long maxAgeSeconds) {
    public Approval {
      required = Values.or(required, false);
      minApprovers = Values.or(minApprovers, 1);
      allowedSigners = Values.list(allowedSigners);
      maxAgeSeconds = Values.or(maxAgeSeconds, 86400L);
    }
  }

  /** {@code [imports.NAME]}: another project imported by path, pinned to {@code "*"} or a recipe hash. */
  public record Import(
      @JsonProperty("path") @Nullable String path,
      @JsonProperty("snapshot") @Nullable String snapshot,
      @JsonProperty("baseline") @Nullable String baseline,
      @JsonProperty("pin") @Nullable String pin) {}

  /**
   * {@code [policy]}: who may do what. Rules and policy tests are kept as plain tables until the
   * policy plane exists.
   */
  public record Policy(
      @JsonProperty("version") Integer version,
      @JsonProperty("default_agent_effect") String defaultAgentEffect,
      @JsonProperty("rules") List<Map<String, Object>> rules,
      @JsonProperty("tests") List<Map<String, Object>> tests) {
    public Policy {
      version = Values.or(version, 1);
      defaultAgentEffect = Values.or(defaultAgentEffect, "require_review");
      rules = Values.list(rules);
      tests = Values.list(tests);
    }

    public static Policy defaults() {
      return new Policy(null, null, null, null);
    }
  }
}
