package dev.rocky.cli.load;

import dev.rocky.app.load.LoadErrorCode;
import dev.rocky.app.load.LoadException;
import dev.rocky.app.load.LoadFile;
import dev.rocky.planner.load.FileFormat;
import dev.rocky.planner.sql.TableName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Which files a {@code rocky load} takes and where each goes: a file, or the files of a directory
 * (not its subdirectories nor hidden files, in name order) whose extension names a format (all of
 * them with {@code --format}, which says what they are); the target schema is {@code --target}'s (else {@code main}) and the table is
 * {@code --target}'s or the file's name without its extension.
 */
final class LoadTargets {
  static final String DEFAULT_SCHEMA = "main";

  private LoadTargets() {}

  static List<LoadFile> of(Path source, @Nullable String formatName, @Nullable String target,
      Function<Path, String> shown) {
    FileFormat forced = formatName == null ? null : FileFormat.named(formatName).orElseThrow(() -> new LoadException(
        LoadErrorCode.LOAD_UNKNOWN_FORMAT, "unknown format '" + formatName + "'", "use --format csv, parquet or jsonl"));
    List<Path> files = files(source, forced);
    String schema = DEFAULT_SCHEMA;
    String table = null;
    if (target != null) {
      String[] parts = target.split("\\.", -1);
      if (parts.length > 2 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
        throw new LoadException(LoadErrorCode.LOAD_NO_FILES, "--target '" + target + "' is not schema or schema.table",
            "e.g. --target raw or --target raw.orders");
      }
      schema = parts[0];
      table = parts.length == 2 ? parts[1] : null;
    }
    List<LoadFile> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      FileFormat format = forced != null ? forced : FileFormat.ofFile(name).orElseThrow(() -> new LoadException(
          LoadErrorCode.LOAD_UNKNOWN_FORMAT, "cannot tell the format of " + shown.apply(f) + " from its extension",
          "name it .csv, .parquet or .jsonl, or say --format csv|parquet|jsonl"));
      out.add(new LoadFile(f, shown.apply(f), format, tableName(schema, table != null ? table : stem(name), shown.apply(f))));
    }
    return out;
  }

  private static List<Path> files(Path source, @Nullable FileFormat forced) {
    if (Files.isRegularFile(source)) {
      return List.of(source);
    }
    if (!Files.isDirectory(source)) {
      throw new LoadException(LoadErrorCode.LOAD_NO_FILES, "no file or directory " + source,
          "give the path of a file or of a directory of files to load");
    }
    try (Stream<Path> listed = Files.list(source)) {
      List<Path> files = listed.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> forced != null || FileFormat.ofFile(p.getFileName().toString()).isPresent())
          .sorted()
          .toList();
      if (files.isEmpty()) {
        throw new LoadException(LoadErrorCode.LOAD_NO_FILES, "no " + (forced == null ? ".csv, .parquet or .jsonl "
            : "") + "file in " + source, "give a directory holding such files");
      }
      return files;
    } catch (IOException e) {
      throw new LoadException(LoadErrorCode.LOAD_NO_FILES, "cannot list " + source + ": " + e.getMessage(),
          "check the directory's permissions");
    }
  }

  private static TableName tableName(String schema, String table, String file) {
    try {
      return new TableName(null, schema, table);
    } catch (dev.rocky.core.error.RockyException e) {
      throw new LoadException(LoadErrorCode.LOAD_NO_FILES, "cannot load " + file + " into " + schema + "." + table
          + ": " + e.getMessage(), "table and schema names are letters, digits and _; name the target with"
          + " --target schema.table", e);
    }
  }

  /** The file name without its (last) extension. */
  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
