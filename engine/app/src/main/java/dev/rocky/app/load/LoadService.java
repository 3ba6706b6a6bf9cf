package dev.rocky.app.load;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.TargetRef;
import dev.rocky.planner.load.FileFormat;
import dev.rocky.planner.load.FileRead;
import dev.rocky.planner.load.LoadStatements;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads files into a DuckDB warehouse in two steps. First each file is read, with its types
 * inferred, into a staging table of its own and its rows counted; a file that does not read stops
 * everything, its staging tables are dropped and the error names the file and, where the reader
 * says, the line. Then, in one transaction, each staged file moves into its target (created,
 * emptied or replaced as asked, with the seed's pre and post SQL around it). A load either loads
 * every file or none.
 */
public final class LoadService {
  private static final String STAGING_SCHEMA = "main";

  private final WarehouseAdapter warehouse;
  private final LoadStatements sql;

  public LoadService(WarehouseAdapter warehouse) {
    this.warehouse = warehouse;
    this.sql = new LoadStatements(SqlDialect.of(warehouse.dialect()));
  }

  public LoadOutput load(List<LoadFile> files, LoadOptions options) {
    if (files.isEmpty()) {
      throw new LoadException(LoadErrorCode.LOAD_NO_FILES, "no files to load", "give a file, or a directory holding"
          + " .csv, .parquet or .jsonl files");
    }
    long started = System.nanoTime();
    if (!options.create()) {
      for (LoadFile f : files) {
        TableName t = f.target();
        if (!warehouse.tableExists(new TargetRef(t.catalog(), t.schema(), t.table()))) {
          throw new LoadException(LoadErrorCode.LOAD_TARGET_MISSING, "table " + t.qualifiedName() + " does not exist"
              + " (loading " + f.shown() + ")", "create it with --create, or name an existing table with --target");
        }
      }
    }
    List<TableName> staged = new ArrayList<>();
    List<LoadOutput.FileLoaded> loaded = new ArrayList<>();
    try {
      for (LoadFile f : files) {
        long fileStarted = System.nanoTime();
        TableName staging = new TableName(null, STAGING_SCHEMA, "_rocky_load_" + staged.size());
        FileRead read = read(f);
        stage(f, read, staging);
        staged.add(staging);
        long rows = count(staging);
        loaded.add(new LoadOutput.FileLoaded(f.shown(), f.format().id(), f.target().qualifiedName(), rows,
            (System.nanoTime() - fileStarted) / 1_000_000));
      }
      move(files, staged, options);
      staged.clear();
    } finally {
      dropQuietly(staged);
    }
    return LoadOutput.of(loaded, (System.nanoTime() - started) / 1_000_000);
  }

  private static FileRead read(LoadFile f) {
    List<String> header = List.of();
    if (f.format() == FileFormat.CSV) {
      try {
        header = CsvHeader.read(f.path());
      } catch (IOException e) {
        throw new LoadException(LoadErrorCode.LOAD_NO_FILES, "cannot read " + f.shown() + ": " + e.getMessage(),
            "check that the file exists and is readable");
      }
      if (header.isEmpty() || header.stream().allMatch(String::isEmpty)) {
        throw new LoadException(LoadErrorCode.LOAD_MALFORMED_FILE, f.shown() + ":1: the CSV file has no header line",
            "put the column names on the first line, separated by commas");
      }
    }
    return new FileRead(f.path().toAbsolutePath().toString(), f.format(), header, f.columnTypes());
  }

  private void stage(LoadFile f, FileRead read, TableName staging) {
    try {
      warehouse.execute(sql.stage(staging, read));
    } catch (RockyException e) {
      FileProblem problem = FileProblem.of(structureProblem(read).orElse(fullText(e)));
      String where = f.shown() + (problem.line().isPresent() ? ":" + problem.line().getAsLong() : "");
      throw new LoadException(LoadErrorCode.LOAD_MALFORMED_FILE, where + ": not a valid " + f.format().id()
          + " file: " + problem.reason() + "; nothing was loaded", fix(f.format()), e);
    }
  }

  /** For a CSV that did not read, the warehouse's word on its structure alone, which names the line. */
  private java.util.Optional<String> structureProblem(FileRead read) {
    if (read.format() != FileFormat.CSV) {
      return java.util.Optional.empty();
    }
    try {
      warehouse.query(sql.checkCsvStructure(read));
      return java.util.Optional.empty();
    } catch (RockyException e) {
      return java.util.Optional.of(fullText(e));
    }
  }

  /** Every message of the exception's chain: the warehouse's first line, then its full report (line, row, reason). */
  private static String fullText(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        text.append(t.getMessage()).append('\n');
      }
    }
    return text.toString();
  }

  private static String fix(FileFormat format) {
    return switch (format) {
      case CSV -> "fix the row at that line: every row needs as many comma-separated fields as the header,"
          + " and a value with a comma or a quote must be quoted (\"a, b\", \"say \"\"hi\"\"\")";
      case JSON_LINES -> "fix that line: each line must be one JSON object";
      case PARQUET -> "write the file again; it is not a readable Parquet file";
    };
  }

  private long count(TableName staging) {
    Object n = warehouse.query(sql.countRows(staging)).single();
    return n instanceof Number number ? number.longValue() : 0L;
  }

  private void move(List<LoadFile> files, List<TableName> staged, LoadOptions options) {
    List<String> statements = new ArrayList<>();
    Set<TableName> emptied = new HashSet<>();
    for (int i = 0; i < files.size(); i++) {
      LoadFile f = files.get(i);
      statements.addAll(f.preSql());
      if (options.replace()) {
        statements.add(sql.createSchema(f.target()));
        statements.addAll(sql.replace(staged.get(i), f.target()));
      } else {
        boolean truncate = options.truncate() && emptied.add(f.target());
        statements.addAll(sql.move(staged.get(i), f.target(), options.create(), truncate));
      }
      statements.addAll(f.postSql());
    }
    try {
      warehouse.executeInTransaction(statements);
    } catch (RockyException e) {
      throw new LoadException(LoadErrorCode.LOAD_REJECTED, "the warehouse refused the load, so nothing was loaded: "
          + FileProblem.of(fullText(e)).reason(), "check that each file's columns match its target table's"
          + " (or load into a new table with --create), and the seeds' pre_hook/post_hook SQL", e);
    }
  }

  private void dropQuietly(List<TableName> staged) {
    for (TableName t : staged) {
      try {
        warehouse.execute(sql.drop(t));
      } catch (RockyException e) {
        // The staging table is replaced by the next load that needs its name.
      }
    }
  }
}
