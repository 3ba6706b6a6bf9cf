package dev.rocky.store.local;

import dev.rocky.core.branch.BranchRecord;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.core.state.StateKeys;
import java.util.List;
import java.util.Optional;

/** The {@code branches} and {@code promotions} tables of the state file (since schema version 2; version 3 on). */
final class SqliteBranches {
  private final SqliteDatabase db;
  private final StateJson json;

  SqliteBranches(SqliteDatabase db, StateJson json) {
    this.db = db;
    this.json = json;
  }

  boolean create(BranchRecord branch) {
    return db.write("creating branch " + branch.name() + " in", c -> Sql.update(c,
        "INSERT INTO branches (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
        branch.name(), json.write(branch)) == 1);
  }

  Optional<BranchRecord> get(String name) {
    return db.read("reading branch " + name + " from", c -> Sql.one(c, "SELECT value FROM branches WHERE name = ?", name))
        .map(v -> json.read(v, BranchRecord.class));
  }

  List<BranchRecord> all() {
    return db.read("listing branches in", c -> Sql.all(c, "SELECT value FROM branches ORDER BY name"))
        .stream().map(v -> json.read(v, BranchRecord.class)).toList();
  }

  boolean delete(String name) {
    return db.write("deleting branch " + name + " from", c -> Sql.update(c, "DELETE FROM branches WHERE name = ?", name) == 1);
  }

  void record(PromotionRecord p) {
    StateKeys.requireValid(p.promotionId(), "promotionId");
    db.write("recording promotion " + p.promotionId() + " in", c -> Sql.update(c,
        "INSERT INTO promotions (promotion_id, promoted_epoch_second, promoted_nano, value) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (promotion_id) DO UPDATE SET value = excluded.value",
        p.promotionId(), p.promotedAt().getEpochSecond(), p.promotedAt().getNano(), json.write(p)));
  }

  List<PromotionRecord> recent(int limit) {
    return db.read("listing promotions in", c -> Sql.all(c, "SELECT value FROM promotions"
        + " ORDER BY promoted_epoch_second DESC, promoted_nano DESC, promotion_id DESC LIMIT ?", Math.max(0, limit)))
        .stream().map(v -> json.read(v, PromotionRecord.class)).toList();
  }
}
