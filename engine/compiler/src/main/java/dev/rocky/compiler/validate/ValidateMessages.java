package dev.rocky.compiler.validate;

import java.util.Collection;

/** Every message and suggestion of {@code rocky validate}, in one place. No trailing periods. */
final class ValidateMessages {
  private ValidateMessages() {}

  static final String NO_ADAPTERS = "no adapters defined";
  static final String ADD_ADAPTER = "add an [adapter.<name>] block, e.g. type = \"duckdb\"";
  static final String NO_PIPELINES = "no pipelines defined";
  static final String ADD_PIPELINE = "add a [pipeline.<name>] block, e.g. type = \"transformation\"";

  static String adapterOk(String name, String type) {
    return "adapter '" + name + "' (" + type + ") ok";
  }

  static String missingKey(String name, String type, String key) {
    return "adapter '" + name + "' (" + type + "): " + key + " is not set";
  }

  static String setKey(String adapter, String key) {
    return "set " + key + " under [adapter." + adapter + "] (for a secret, " + key + " = \"${ENV_VAR}\")";
  }

  static String noDatabricksAuth(String name) {
    return "adapter '" + name + "' (databricks): no authentication configured (token, or client_id and client_secret)";
  }

  static String setDatabricksAuth(String name) {
    return "set token = \"${DATABRICKS_TOKEN}\" (or client_id and client_secret) under [adapter." + name + "]";
  }

  static String unknownAdapterType(String name, String type) {
    return "adapter '" + name + "': unknown type '" + type + "'";
  }

  static String useType(String closest, Collection<String> valid) {
    return (closest.isEmpty() ? "" : "did you mean '" + closest + "'? ") + "supported types: " + String.join(", ", valid);
  }

  static String discoveryKindRequired(String name, String type) {
    return "adapter '" + name + "' (" + type + ") is discovery-only but does not say kind = \"discovery\"";
  }

  static String kindUnsupported(String name, String type, String kind, String supported) {
    return "adapter '" + name + "' has kind = \"" + kind + "\" but type '" + type + "' supports only " + supported;
  }

  static String setKind(String name, String kind) {
    return "set kind = \"" + kind + "\" under [adapter." + name + "]";
  }

  static String notADataAdapter(String pipeline, String role, String adapter) {
    return "pipeline '" + pipeline + "': " + role + " = '" + adapter + "' is a discovery-only adapter and cannot move data";
  }

  static String useDataAdapter(String role) {
    return "point " + role + " at a warehouse adapter (duckdb, databricks, snowflake, ...)";
  }

  static String adapterNotFound(String pipeline, String role, String adapter) {
    return "pipeline '" + pipeline + "': " + role + " '" + adapter + "' not found in [adapter]";
  }

  /** "did you mean 'x'? defined adapters: a, b" ({@code what} is "adapters" or "pipelines"). */
  static String pick(String closest, Collection<String> names, String what) {
    return (closest.isEmpty() ? "" : "did you mean '" + closest + "'? ") + "defined " + what + ": "
        + (names.isEmpty() ? "none" : String.join(", ", names));
  }

  static String pipelineSummary(String name, String type, String detail) {
    return "pipeline '" + name + "': " + type + " / " + detail;
  }

  static String schemaPattern(String pipeline, String problem) {
    return "pipeline '" + pipeline + "': source.schema_pattern " + problem;
  }

  static final String FIX_SCHEMA_PATTERN = "write [pipeline.<name>.source.schema_pattern] with prefix, separator and "
      + "components, e.g. components = [\"tenant\", \"regions...\", \"source\"] (only a trailing ... marks a multi-valued component)";

  static final String FIX_TEMPLATE = "write placeholders as {component} or {component:separator}, naming components"
      + " of source.schema_pattern";

  static String noQualityTables(String pipeline) {
    return "pipeline '" + pipeline + "': no tables defined, nothing to check";
  }

  static final String ADD_QUALITY_TABLES = "add tables = [{ catalog = \"...\", schema = \"...\" }]";

  static String qualityChecksDisabled(String pipeline) {
    return "pipeline '" + pipeline + "': checks.enabled is false, so the quality pipeline has no effect";
  }

  static String enableChecks(String pipeline) {
    return "set enabled = true under [pipeline." + pipeline + ".checks]";
  }

  static String emptyUniqueKey(String pipeline) {
    return "pipeline '" + pipeline + "': unique_key must not be empty";
  }

  static final String SET_UNIQUE_KEY = "set unique_key = [\"<column>\", ...] to the columns that identify a source row";

  static String unknownDependency(String pipeline, String dependency) {
    return "pipeline '" + pipeline + "': depends_on names unknown pipeline '" + dependency + "'";
  }

  static String pipelineCycle(Collection<String> pipelines) {
    return "pipeline depends_on cycle among: " + String.join(", ", pipelines);
  }

  static final String BREAK_CYCLE = "remove one of the depends_on entries so the pipelines form a chain";

  static String unknownReplicationStrategy(String pipeline, String where, String strategy) {
    return "pipeline '" + pipeline + "': " + where + " '" + strategy + "' is not a replication strategy and falls back to full_refresh";
  }

  static String useStrategy(String closest, Collection<String> valid) {
    return (closest.isEmpty() ? "" : "did you mean '" + closest + "'? ") + "recognised: " + String.join(", ", valid);
  }

  static String badCron(String pipeline, String cron, String problem) {
    return "pipeline '" + pipeline + "': schedule.cron \"" + cron + "\" is not a valid 5-field cron expression: " + problem;
  }

  static final String CRON_FORMAT = "write minute hour day-of-month month day-of-week, e.g. \"0 6 * * 1-5\"";

  static String badTimezone(String where, String zone) {
    return where + " timezone \"" + zone + "\" is not a known IANA time zone";
  }

  static final String TIMEZONE_FORMAT = "use an IANA name such as \"UTC\" or \"Europe/Berlin\"";

  static String redundantName(String model) {
    return "model '" + model + "' declares name = '" + model + "', which is its file name; you can omit it";
  }

  static String redundantTable(String model) {
    return "model '" + model + "' declares target.table = '" + model + "', which is its name; you can omit it";
  }

  static final String REDUNDANT_BACKEND = "[state] backend = \"local\" is the default; you can omit it";
  static final String OMIT_KEY = "remove the key";
}
