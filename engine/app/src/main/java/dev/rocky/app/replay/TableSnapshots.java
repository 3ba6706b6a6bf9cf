package dev.rocky.app.replay;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.TargetRef;
import dev.rocky.planner.sql.TableName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Tables to Parquet artifacts and back, through a private temporary directory (removed on close).
 * The artifact is named by the SHA-256 of the Parquet bytes, so an unchanged table read by several
 * models, or by several runs, is stored once.
 */
final class TableSnapshots implements AutoCloseable {
  private final WarehouseAdapter adapter;
  private final ArtifactStore artifacts;
  private final ReplaySql sql;
  private final Set<String> attached = new HashSet<>();
  private @Nullable Path dir;

  TableSnapshots(WarehouseAdapter adapter, ArtifactStore artifacts, ReplaySql sql) {
    this.adapter = adapter;
    this.artifacts = artifacts;
    this.sql = sql;
  }

  /**
   * The table's rows as an artifact, or a snapshot saying why there is none; never throws for the
   * table. One metadata lookup: the columns (a missing table fails it, and only then is its
   * existence asked, to say why), then the copy.
   */
  Provenance.Snapshot take(TableName table, @Nullable String model) {
    Provenance.Snapshot s = takeIfExists(table, model);
    return s != null ? s : missing(table, model, "the table did not exist when the model ran");
  }

  /** As {@link #take}, but null when the table does not exist. */
  Provenance.@Nullable Snapshot takeIfExists(TableName table, @Nullable String model) {
    List<Provenance.Column> columns;
    try {
      columns = columns(table);
    } catch (RockyException e) {
      return absent(table) ? null : missing(table, model, "it could not be snapshotted: " + e.getMessage());
    }
    try {
      Path file = file();
      try {
        ExecutionResult copied = adapter.execute(sql.copyToParquet(table, columns, file));
        byte[] bytes = Files.readAllBytes(file);
        Long rows = copied.rowsAffected() != null ? copied.rowsAffected()
            : ((Number) java.util.Objects.requireNonNull(adapter.query(sql.countRows(table)).single())).longValue();
        return new Provenance.Snapshot(table, model, artifacts.put(bytes), rows, columns, null);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (RockyException | IOException | UncheckedIOException e) {
      return missing(table, model, "it could not be snapshotted: " + e.getMessage());
    }
  }

  private boolean absent(TableName table) {
    try {
      return !adapter.tableExists(ref(table));
    } catch (RockyException e) {
      return false;
    }
  }

  private List<Provenance.Column> columns(TableName table) {
    QueryResult r = adapter.query(sql.columnTypes(table));
    List<Provenance.Column> out = new ArrayList<>();
    for (int i = 0; i < r.rowCount(); i++) {
      out.add(new Provenance.Column(String.valueOf(r.value(i, "column_name")), String.valueOf(r.value(i, "column_type"))));
    }
    return out;
  }

  /** Creates {@code table} (its catalog and schema too) from a snapshot's Parquet bytes, in its recorded types. */
  void restore(TableName table, Provenance.Snapshot snapshot, byte[] parquet) {
    prepare(table);
    Path file = file();
    try {
      Files.write(file, parquet);
      adapter.execute(sql.createFromParquet(table, snapshot.columns(), file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(file);
    }
  }

  /** Makes the table's catalog and schema exist. */
  void prepare(TableName table) {
    String catalog = table.catalog();
    if (catalog != null && attached.add(catalog.toLowerCase(java.util.Locale.ROOT))) {
      adapter.execute(sql.attachCatalog(catalog));
    }
    adapter.execute(sql.createSchema(table));
  }

  static TargetRef ref(TableName table) {
    return new TargetRef(table.catalog(), table.schema(), table.table());
  }

  static Provenance.Snapshot missing(TableName table, @Nullable String model, String why) {
    return new Provenance.Snapshot(table, model, null, null, List.of(), why);
  }

  private synchronized Path file() {
    try {
      if (dir == null) {
        dir = Files.createTempDirectory("rocky-snapshots");
      }
      return dir.resolve(UUID.randomUUID() + ".parquet");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(TableSnapshots::deleteQuietly);
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
    dir = null;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind is harmless
    }
  }
}
