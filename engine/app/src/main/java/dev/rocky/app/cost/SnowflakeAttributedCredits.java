package dev.rocky.app.cost;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Snowflake's own attribution of warehouse credits to queries, read from
 * {@code SNOWFLAKE.ACCOUNT_USAGE.QUERY_ATTRIBUTION_HISTORY} (compute credits plus query acceleration).
 * The view lags by up to hours and needs the account-usage grants: a query not there yet, or an
 * account without the view, gives no credits and the cost falls back to the duration formula. Query
 * ids come from the warehouse, and only ids of Snowflake's shape (hex digits and hyphens) are put
 * into the lookup, as quoted literals; any other id is skipped.
 */
public final class SnowflakeAttributedCredits implements CreditSource {
  private static final Pattern QUERY_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
  /** Ids per lookup, to keep the IN list short. */
  private static final int BATCH = 200;
  private final WarehouseAdapter snowflake;

  public SnowflakeAttributedCredits(WarehouseAdapter snowflake) {
    this.snowflake = snowflake;
  }

  @Override
  public Map<String, Double> credits(Collection<String> queryIds) {
    List<String> ids = queryIds.stream().filter(id -> QUERY_ID.matcher(id).matches()).distinct().toList();
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < ids.size(); i += BATCH) {
      String sql = lookup(ids.subList(i, Math.min(ids.size(), i + BATCH)));
      QueryResult rows;
      try {
        rows = snowflake.query(sql);
      } catch (RockyException e) {
        return Map.of(); // no view, no grant: every cost comes from its duration
      }
      for (List<@Nullable Object> row : rows.rows()) {
        if (row.size() >= 2 && row.get(0) != null && row.get(1) instanceof Number credits) {
          out.merge(row.get(0).toString(), credits.doubleValue(), Double::sum);
        }
      }
    }
    return out;
  }

  /** The lookup for ids already checked against {@link #QUERY_ID}. */
  static String lookup(List<String> checkedIds) {
    List<String> literals = new ArrayList<>();
    for (String id : checkedIds) {
      if (!QUERY_ID.matcher(id).matches()) {
        throw new IllegalArgumentException("not a Snowflake query id: " + id);
      }
      literals.add("'" + id + "'");
    }
    return "SELECT query_id, COALESCE(credits_attributed_compute, 0) + COALESCE(credits_used_query_acceleration, 0)"
        + " AS credits FROM snowflake.account_usage.query_attribution_history WHERE query_id IN ("
        + String.join(", ", literals) + ")";
  }
}
