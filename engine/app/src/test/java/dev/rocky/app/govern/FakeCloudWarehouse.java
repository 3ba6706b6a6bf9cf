package dev.rocky.app.govern;

import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.port.WarehouseCapability;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * TEST-ONLY: a Databricks or Snowflake warehouse that keeps column masks in memory. It understands
 * just the statements the governance service issues: a bind records the column's mask, an unbind
 * removes it, the read-back query lists them; everything else is only logged.
 */
final class FakeCloudWarehouse implements WarehouseAdapter {
  final List<String> executed = new ArrayList<>();
  /** Column (lower case) to the mask bound to it, as the warehouse would name it. */
  final Map<String, String> masks = new ConcurrentHashMap<>();
  private final Dialect dialect;
  private final List<String> failOn = new ArrayList<>();

  FakeCloudWarehouse(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Makes statements containing {@code text} (in any case) fail. */
  FakeCloudWarehouse failOn(String text) {
    failOn.add(text.toLowerCase(java.util.Locale.ROOT));
    return this;
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public Set<WarehouseCapability> capabilities() {
    return Set.of();
  }

  @Override
  public ExecutionResult execute(String sql) {
    executed.add(sql);
    if (failOn.stream().anyMatch(f -> sql.toLowerCase(java.util.Locale.ROOT).contains(f))) {
      throw new dev.rocky.core.error.RockyException(GovernErrorCode.GOVERN_READ_BACK_FAILED, "rejected: " + sql);
    }
    var bind = java.util.regex.Pattern.compile("COLUMN [`\"](\\w+)[`\"] SET MASK(?:ING POLICY)? .*[`\"](rocky_mask_\\w+)[`\"]")
        .matcher(sql);
    if (bind.find()) {
      masks.put(bind.group(1).toLowerCase(java.util.Locale.ROOT), bind.group(2));
    }
    var unbind = java.util.regex.Pattern.compile("COLUMN [`\"](\\w+)[`\"] (DROP MASK|UNSET MASKING POLICY)").matcher(sql);
    if (unbind.find()) {
      masks.remove(unbind.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    return new ExecutionResult(0L, Duration.ZERO, null, null, null);
  }

  @Override
  public QueryResult query(String sql) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    masks.forEach((c, m) -> rows.add(List.of(dialect == Dialect.SNOWFLAKE ? c.toUpperCase(java.util.Locale.ROOT) : c, m)));
    return new QueryResult(List.of(new TypedColumn("column_name", RockyType.Simple.STRING, false),
        new TypedColumn("mask_name", RockyType.Simple.STRING, false)), rows);
  }

  @Override
  public Optional<List<TypedColumn>> describeTable(TargetRef table) {
    return Optional.empty();
  }

  @Override
  public boolean tableExists(TargetRef table) {
    return true;
  }

  @Override
  public void executeInTransaction(List<String> sqls) {
    sqls.forEach(this::execute);
  }

  @Override
  public List<String> listSchemas() {
    return List.of();
  }

  @Override
  public List<TargetRef> listTables(String schema) {
    return List.of();
  }

  @Override
  public void close() {}
}
