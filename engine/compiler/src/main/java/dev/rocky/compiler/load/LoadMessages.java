package dev.rocky.compiler.load;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/** Every message and suggestion the loader shows, in one place. Messages have no trailing period. */
final class LoadMessages {
  private LoadMessages() {}

  static final String CHECK_PERMISSIONS = "check that the file exists and is readable";
  static final String ROCKY_INIT = "run `rocky init` to create a project here, or pass --config with the path to rocky.toml";
  static final String DEFAULTS_KEYS =
      "_defaults.toml may set only target.catalog, target.schema, strategy, intent and freshness; set other keys in the model's sidecar";

  /** A key path as a TOML table label, e.g. {@code [adapter.local]}; array positions are left out. */
  static String label(List<?> path) {
    StringJoiner j = new StringJoiner(".", "[", "]");
    path.stream().filter(s -> s instanceof String).forEach(s -> j.add((String) s));
    return j.length() == 2 ? "the top level" : j.toString();
  }

  private static String key(List<?> path) {
    for (int k = path.size() - 1; k >= 0; k--) {
      if (path.get(k) instanceof String s) {
        return s;
      }
    }
    return "value";
  }

  private static String parent(List<?> path) {
    return label(path.isEmpty() ? path : path.subList(0, path.size() - 1));
  }

  // Files

  static String configNotFound(String root, String configFile) {
    return "config file not found: " + configFile + " (in " + root + ")";
  }

  static String cannotRead(String path, IOException e) {
    return "cannot read " + path + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  static String unsetVariable(String name, String file) {
    return "environment variable '" + name + "' is not set (referenced in " + file + ")";
  }

  static String setVariable(String name) {
    return "export " + name + "=... or write ${" + name + ":-default}";
  }

  static String invalidToml(String file, String detail) {
    return "invalid TOML in " + file + ": " + detail;
  }

  static String fixToml(String detail) {
    String d = detail.toLowerCase(java.util.Locale.ROOT);
    if (d.contains("duplicate key")) {
      return "a key may appear only once per table; remove or rename the repeated key";
    }
    if (d.contains("table redefined")) {
      return "a table may be declared only once; merge the repeated [table] blocks";
    }
    if (d.contains("newline")) {
      return "close the string or value before the end of the line (use \"\"\"...\"\"\" for text over several lines)";
    }
    return "fix the TOML syntax at the reported line and column";
  }

  // Binding

  static String unknownKey(String key, List<?> table) {
    return "unknown key '" + key + "' in " + label(table);
  }

  static String missingKey(String key, List<?> table) {
    return "missing required key '" + key + "' in " + label(table);
  }

  static String addKey(String key) {
    return "add " + key + " = ...";
  }

  static String missingType(List<?> table) {
    return label(table) + " has no 'type'";
  }

  static String unknownType(String type, List<?> table) {
    return "unknown type '" + type + "' in " + label(table);
  }

  static String useOneOf(String what, Collection<String> valid) {
    return "set " + what + " to one of: " + String.join(", ", valid);
  }

  static String invalidChoice(String value, List<?> path) {
    return "invalid value '" + value + "' for '" + key(path) + "' in " + parent(path);
  }

  static String wrongType(List<?> path, String expected) {
    return "'" + key(path) + "' in " + parent(path) + " must be " + expected;
  }

  static String invalidValue(List<?> path, String detail) {
    return "invalid value for '" + key(path) + "' in " + parent(path) + ": " + detail;
  }

  // rocky.toml

  static String unknownSection(String section) {
    return "unknown section '" + section + "' in rocky.toml";
  }

  static String notATable(List<?> path) {
    return label(path) + " must be a table";
  }

  static String unknownPipelineType(String type, String pipeline) {
    return "unknown pipeline type '" + type + "' for pipeline '" + pipeline + "'";
  }

  static String unknownMaskStrategy(String value, String tag) {
    return "unknown mask strategy '" + value + "' for classification '" + tag + "'";
  }

  static String unknownParentRole(String role, String parent) {
    return "role '" + role + "' inherits unknown role '" + parent + "'";
  }

  static String roleCycle(String role) {
    return "role '" + role + "' inherits itself through its parents";
  }

  static String physicalDelete() {
    return "gc.physical_delete = true is not supported";
  }

  // Models

  static String modelsDirMissing(String dir) {
    return "models directory '" + dir + "' does not exist";
  }

  static String modelsDirUnreadable(String dir, IOException e) {
    return "models directory '" + dir + "' cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  static String createModelsDir(String dir) {
    return "create '" + dir + "/' with your .sql models, or point the transformation pipeline's `models` glob at the directory that holds them";
  }

  static String tooDeep(String file, int maxDepth) {
    return file + " is nested more than " + maxDepth + " directories deep and was skipped";
  }

  static final String MOVE_UP = "move the model into a shallower directory";

  static String duplicateModel(String name, List<String> otherFiles) {
    return "duplicate model name '" + name + "': also defined in " + String.join(", ", otherFiles);
  }

  static final String RENAME_MODEL = "rename one of the files, or set a distinct `name` in its sidecar, so every model name is unique";

  static String sameTarget(String model, String target, List<String> others) {
    return "model '" + model + "' writes " + target + ", as do: " + String.join(", ", others);
  }

  static final String SEPARATE_TARGETS = "give each model its own table: set [target] table (or schema) in the sidecars";

  static String badRetention(String value) {
    return "invalid retention '" + value + "': expected a number of days or years such as \"90d\" or \"7y\", not 0";
  }

  static final String FIX_RETENTION = "write retention = \"<n>d\" or \"<n>y\" with n > 0";

  // Contracts, sources, seeds

  static String contractsDirMissing(String dir) {
    return "contracts directory '" + dir + "' does not exist";
  }

  static final String CREATE_CONTRACTS_DIR = "create it with <model>.contract.toml files, or drop --contracts";

  static String unknownColumnType(String type, String column, String table) {
    return "unknown type '" + type + "' for column '" + column + "' of source table " + table;
  }

  static final String SQL_TYPE_NAMES = "use a warehouse SQL type name: BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, HUGEINT, "
      + "FLOAT, REAL, DOUBLE, DECIMAL(p,s), NUMERIC(p,s), VARCHAR, STRING, TEXT, CHAR, UUID, BLOB, BINARY, DATE, "
      + "TIMESTAMP, TIMESTAMP_NTZ, TIMESTAMPTZ, TIMESTAMP WITH TIME ZONE, JSON, VARIANT, ARRAY<T>, T[], MAP<K,V>, STRUCT<a T, ...>";
}
