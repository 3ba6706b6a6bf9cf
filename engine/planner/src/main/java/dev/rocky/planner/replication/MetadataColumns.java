package dev.rocky.planner.replication;

import dev.rocky.core.config.ReplicationPipeline.MetadataColumn;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks {@code metadata_columns}: the name is an identifier, the type a plain type name (with an
 * optional precision), and the value one SQL expression, as written in {@code rocky.toml} (a trusted
 * file, like model SQL), with no statement separator or comment that could end it early.
 */
final class MetadataColumns {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_ ]*(\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?");

  private MetadataColumns() {}

  static List<MetadataColumn> checked(List<MetadataColumn> columns) {
    for (MetadataColumn c : columns) {
      String problem = !NAME.matcher(c.name()).matches() ? "name '" + c.name() + "' is not an identifier"
          : !TYPE.matcher(c.type().strip()).matches() ? "type '" + c.type() + "' is not a type name"
          : c.value().isBlank() || c.value().contains(";") || c.value().contains("--") || c.value().contains("/*")
              || c.value().chars().anyMatch(Character::isISOControl)
              ? "value '" + c.value() + "' must be one expression without ';' or comments" : null;
      if (problem != null) {
        throw new ReplicationException(ReplicationErrorCode.REPLICATION_INVALID_METADATA_COLUMN,
            "metadata column " + problem,
            "write metadata_columns entries as { name = \"_loaded_at\", type = \"TIMESTAMP\", value = \"CURRENT_TIMESTAMP\" }");
      }
    }
    return List.copyOf(columns);
  }
}
