package dev.rocky.app.replay;

import dev.rocky.app.execute.ModelResult;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.planner.sql.SqlDialect;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The scratch DuckDB of one replay, opened on the first model it rebuilds and shared by the models
 * after it: a model whose output came out as recorded leaves it for the models downstream, so a
 * replay of a whole run rebuilds each model once, not once per model downstream of it. After a
 * failure of the warehouse itself the scratch is thrown away and the next model gets a new one.
 */
final class ScratchSession implements AutoCloseable {
  private final Supplier<ScratchWarehouse> scratch;
  private final ArtifactStore artifacts;
  private @Nullable Open open;

  private record Open(ScratchWarehouse db, TableSnapshots tables, ScratchBuild build, ReplaySql sql, String version) {}

  ScratchSession(Supplier<ScratchWarehouse> scratch, ArtifactStore artifacts) {
    this.scratch = scratch;
    this.artifacts = artifacts;
  }

  /** Rebuilds the recorded model (its upstreams of the run first, when not already there) and hashes its output. */
  Rebuilt rebuild(RecordedModel recorded) {
    Provenance p = recorded.provenance();
    String note = null;
    try {
      Open o = open();
      note = o.version().equals(p.environment().adapterVersion()) ? null
          : "recorded on " + p.environment().adapter() + " " + p.environment().adapterVersion() + ", replayed on "
              + o.version();
      ModelResult result;
      try {
        result = o.build().build(recorded);
      } catch (ScratchBuild.Unfaithful u) {
        return Rebuilt.notReplayable(String.valueOf(u.getMessage()), note);
      }
      if (!result.succeeded()) {
        String why = result.error() == null ? String.valueOf(result.status()) : result.error().summary();
        return Rebuilt.failed(why, note);
      }
      Provenance.OutputHash output = ContentHashes.of(o.db().adapter(), o.sql(), recorded.recipe().step().target());
      o.build().built(recorded, output);
      return Rebuilt.of(output, note);
    } catch (RockyException e) {
      close();
      return Rebuilt.failed(e.getMessage(), null);
    }
  }

  private Open open() {
    if (open == null) {
      ScratchWarehouse db = scratch.get();
      try {
        ReplaySql sql = new ReplaySql(SqlDialect.of(db.adapter().dialect()));
        String version = String.valueOf(db.adapter().query(sql.version()).single());
        TableSnapshots tables = new TableSnapshots(db.adapter(), artifacts, sql);
        open = new Open(db, tables, new ScratchBuild(db, sql, tables), sql, version);
      } catch (RuntimeException e) {
        db.close();
        throw e;
      }
    }
    return open;
  }

  @Override
  public void close() {
    Open o = open;
    open = null;
    if (o != null) {
      try {
        o.tables().close();
      } finally {
        o.db().close();
      }
    }
  }
}
