package dev.rocky.core.diagnostic;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The one registry of user-facing codes. Numbers and meanings are Rocky's, so a Rocky user's
 * documentation and CI rules keep working. Each constant carries its default severity, the stage
 * that emits it and a one-line summary (no trailing period). Codes owned by later capabilities
 * (masking, portability) are added when those land.
 */
public enum DiagnosticCode {
  // Type check (compiler)
  /** Join keys whose types have no common supertype. */
  E001(Severity.Error, Category.TYPECHECK, "Incompatible join-key types"),
  /** A table reference that is neither a model nor a known source, where sources are fully known. */
  E002(Severity.Error, Category.TYPECHECK, "Model or table not found"),
  /** A column reference that the (fully known) upstream schema does not have. */
  E003(Severity.Error, Category.TYPECHECK, "Column not found"),
  /** Join keys of different types that coerce implicitly; a warning because the join still runs. */
  W001(Severity.Warning, Category.TYPECHECK, "Implicit type coercion on a join key"),
  /** {@code SELECT *} over an upstream whose schema is unknown, so types downstream are partial. */
  W002(Severity.Warning, Category.TYPECHECK, "SELECT * over an unknown upstream schema"),
  /** A parse failure: the model's SQL could not be read. The rest of the project still compiles. */
  E004(Severity.Error, Category.PARSE, "SQL parse error"),
  /** {@code SELECT *} with a fully known upstream schema; an explicit list is safer. */
  I001(Severity.Info, Category.TYPECHECK, "SELECT * used"),
  /** Some, not all, output columns have an unknown type. */
  I002(Severity.Info, Category.TYPECHECK, "Partial type inference"),

  // Contracts
  E010(Severity.Error, Category.CONTRACT, "Required contract column missing from model output"),
  E011(Severity.Error, Category.CONTRACT, "Contract column type mismatch"),
  E012(Severity.Error, Category.CONTRACT, "Contract says NOT NULL but the column is nullable"),
  E013(Severity.Error, Category.CONTRACT, "Protected contract column removed"),
  /** A declared, non-required contract column is absent; a warning because nothing depends on it. */
  W010(Severity.Warning, Category.CONTRACT, "Contract column missing from model output"),
  /** A contract file names a model the project does not have. */
  W011(Severity.Warning, Category.CONTRACT, "Contract for an unknown model"),

  // Time-interval strategy
  E020(Severity.Error, Category.TIME_INTERVAL, "time_column is not in the model output"),
  E021(Severity.Error, Category.TIME_INTERVAL, "time_column is not DATE or TIMESTAMP"),
  E022(Severity.Error, Category.TIME_INTERVAL, "time_column is nullable"),
  E023(Severity.Error, Category.TIME_INTERVAL, "time_column is not a valid identifier"),
  E024(Severity.Error, Category.TIME_INTERVAL, "Neither @start_date nor @end_date appears in the SQL"),
  E025(Severity.Error, Category.TIME_INTERVAL, "Hourly granularity on a DATE column"),
  E026(Severity.Error, Category.TIME_INTERVAL, "first_partition is not a canonical key for the grain"),
  /** Only one bound of the window is used, so the window is unbounded on one side. */
  W003(Severity.Warning, Category.TIME_INTERVAL, "Only one of @start_date and @end_date is used"),

  // Cost
  /** A model's projected cost, duration or bytes scanned exceed its sidecar [budget]; severity per on_breach. */
  E027(Severity.Error, Category.COST, "Projected cost exceeds the model's budget"),

  // Project-wide
  /** {@code @var(name)} with no {@code --var} and no inline default. */
  E028(Severity.Error, Category.PROJECT, "Unbound @var()"),
  /** Two or more models write the same target table; emitted once per participating model. */
  E036(Severity.Error, Category.PROJECT, "Two models target the same table"),
  /** A temporal output column with no freshness declaration in scope. */
  W005(Severity.Warning, Category.LINT, "Temporal output without a freshness declaration"),
  /** A merge unique_key column is not in the (complete) output schema. */
  W006(Severity.Warning, Category.LINT, "Merge key not in the model output"),
  /** Explicit depends_on misses dependencies found in the SQL; they are merged anyway. */
  D011(Severity.Warning, Category.PROJECT, "depends_on misses dependencies found in the SQL"),
  /** A SELECT * model whose consumers name specific columns: a rename upstream breaks them. */
  P002(Severity.Warning, Category.LINT, "SELECT * model with column-specific consumers"),
  /** A classified column (declared or inherited along lineage) whose tag has no masking strategy. */
  W004(Severity.Warning, Category.LINT, "Classification tag with no masking strategy"),
  /** A construct or function the target dialect does not have; opt-in with a target dialect. */
  P001(Severity.Error, Category.LINT, "Construct not portable to the target dialect"),

  // Validate (configuration and project loading)
  V001(Severity.Error, Category.CONFIG, "Configuration could not be read"),
  V010(Severity.Info, Category.CONFIG, "Adapter configuration"),
  V011(Severity.Error, Category.CONFIG, "Databricks adapter is missing host"),
  V012(Severity.Error, Category.CONFIG, "Databricks adapter is missing http_path"),
  V013(Severity.Error, Category.CONFIG, "Databricks adapter has no authentication"),
  V014(Severity.Error, Category.CONFIG, "Fivetran adapter is missing api_key"),
  V015(Severity.Error, Category.CONFIG, "Fivetran adapter is missing api_secret"),
  V016(Severity.Error, Category.CONFIG, "Fivetran adapter is missing destination_id"),
  V017(Severity.Error, Category.CONFIG, "Unknown adapter type"),
  V020(Severity.Info, Category.CONFIG, "Pipeline configuration"),
  V021(Severity.Error, Category.CONFIG, "schema_pattern could not be parsed"),
  V022(Severity.Error, Category.CONFIG, "Source adapter not found"),
  V023(Severity.Error, Category.CONFIG, "Target adapter not found"),
  V024(Severity.Error, Category.CONFIG, "Discovery adapter not found"),
  V025(Severity.Error, Category.CONFIG, "Models directory missing or unreadable"),
  V026(Severity.Error, Category.CONFIG, "Quality pipeline has no tables"),
  V027(Severity.Error, Category.CONFIG, "Quality pipeline checks are disabled"),
  V028(Severity.Error, Category.CONFIG, "Snapshot unique_key is empty"),
  V029(Severity.Error, Category.CONFIG, "Pipeline depends_on names an unknown pipeline"),
  V030(Severity.Error, Category.CONFIG, "Model could not be loaded"),
  V031(Severity.Error, Category.CONFIG, "Model dependency cycle"),
  V032(Severity.Error, Category.CONFIG, "Discovery-only adapter used as a data adapter"),
  V033(Severity.Error, Category.CONFIG, "Adapter kind is not valid for its type"),
  V035(Severity.Warning, Category.CONFIG, "Unknown replication strategy"),
  V036(Severity.Error, Category.CONFIG, "Invalid schedule cron or timezone"),
  V047(Severity.Error, Category.CONFIG, "Models glob is invalid"),
  L001(Severity.Info, Category.STYLE, "Redundant name equal to the file stem"),
  L002(Severity.Info, Category.STYLE, "Redundant target.table equal to the model name"),
  L004(Severity.Info, Category.STYLE, "Redundant backend = \"local\"");

  /** The stage that emits a code; used for grouping in docs and output. */
  public enum Category {
    PARSE,
    TYPECHECK,
    CONTRACT,
    TIME_INTERVAL,
    COST,
    PROJECT,
    LINT,
    CONFIG,
    STYLE
  }

  private final Severity severity;
  private final Category category;
  private final String summary;

  DiagnosticCode(Severity severity, Category category, String summary) {
    this.severity = severity;
    this.category = category;
    this.summary = summary;
  }

  /** The default severity. */
  public Severity severity() {
    return severity;
  }

  public Category category() {
    return category;
  }

  /** One line, no trailing period. */
  public String summary() {
    return summary;
  }

  /** The code as written on the wire and in docs, e.g. {@code E010}. */
  @JsonValue
  public String code() {
    return name();
  }
}
