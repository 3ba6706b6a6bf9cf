package dev.rocky.app.load;

import dev.rocky.planner.load.FileFormat;
import dev.rocky.planner.sql.TableName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One file to load and where it goes.
 *
 * @param shown the file as messages name it (relative to the project or working directory)
 * @param columnTypes CSV only: SQL types that override inference, by column
 * @param preSql statements run (in the load's transaction) before the file's rows are inserted
 * @param postSql statements run after them
 */
public record LoadFile(Path path, String shown, FileFormat format, TableName target, Map<String, String> columnTypes,
    List<String> preSql, List<String> postSql) {

  public LoadFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(target, "target");
    columnTypes = Map.copyOf(columnTypes);
    preSql = List.copyOf(preSql);
    postSql = List.copyOf(postSql);
  }

  public LoadFile(Path path, String shown, FileFormat format, TableName target) {
    this(path, shown, format, target, Map.of(), List.of(), List.of());
  }
}
