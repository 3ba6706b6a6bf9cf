package dev.rocky.planner.replication;

import dev.rocky.core.config.ReplicationPipeline;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.source.DiscoveredSource;
import dev.rocky.core.source.DiscoveredTable;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * From discovered sources to the tables a replication pipeline copies: each source schema is parsed
 * by the {@code schema_pattern} (schemas that do not fit are not the pipeline's), kept when it passes
 * {@code --filter}, and each of its tables is routed to the catalog and schema the templates give,
 * under the same table name, with the strategy its overrides resolve to.
 */
public final class ReplicationPlanner {
  private final String pipeline;
  private final ReplicationPipeline config;
  private final SchemaPatternParser parser;
  private final TargetTemplate catalogTemplate;
  private final TargetTemplate schemaTemplate;
  private final @Nullable String localCatalog;

  /**
   * @param localCatalog the warehouse's own catalog (DuckDB's database name): a target or source
   *     catalog equal to it is left out of names, which are then two-part; null when there is none
   */
  public ReplicationPlanner(String pipeline, ReplicationPipeline config, @Nullable String localCatalog) {
    this.pipeline = pipeline;
    this.config = config;
    this.parser = SchemaPatternParser.of(pipeline, config.source().schemaPattern());
    this.catalogTemplate = TargetTemplate.of(pipeline, "catalog_template", config.target().catalogTemplate(),
        parser.components());
    this.schemaTemplate = TargetTemplate.of(pipeline, "schema_template", config.target().schemaTemplate(),
        parser.components());
    if (config.target().schemaTemplate().isEmpty()) {
      throw new ReplicationException(ReplicationErrorCode.REPLICATION_INVALID_TEMPLATE,
          "pipeline '" + pipeline + "': target.schema_template is missing",
          "set [pipeline." + pipeline + ".target] schema_template, e.g. \"staging__{" + parser.components().getLast() + "}\"");
    }
    this.localCatalog = localCatalog;
  }

  public SchemaPatternParser parser() {
    return parser;
  }

  /** The prefix discovery lists schemas by. */
  public String schemaPrefix() {
    return parser.prefix();
  }

  /** The components of a discovered source's schema, when it is one of the pipeline's. */
  public Optional<SchemaComponents> components(DiscoveredSource source) {
    return parser.parse(source.schema());
  }

  /**
   * Checks {@code --filter key=value} pairs: each key is a component of the pattern, or {@code table}.
   */
  public void checkFilter(Map<String, String> filter) {
    for (String key : filter.keySet()) {
      if (!key.equals("table") && !parser.components().contains(key)) {
        throw new ReplicationException(ReplicationErrorCode.REPLICATION_INVALID_FILTER,
            "--filter " + key + "=" + filter.get(key) + ": '" + key + "' is not a component of pipeline '" + pipeline
                + "' (its schema_pattern has " + parser.components() + ")",
            "filter on a component, e.g. --filter " + parser.components().getFirst() + "=VALUE, or on table=NAME");
      }
    }
  }

  /** The plan for {@code sources}, keeping the tables that pass {@code filter}. */
  public ReplicationPlan plan(List<DiscoveredSource> sources, Map<String, String> filter) {
    checkFilter(filter);
    List<TableTask> tasks = new ArrayList<>();
    List<ExcludedTable> excluded = new ArrayList<>();
    for (DiscoveredSource source : sources) {
      Optional<SchemaComponents> parsed = parser.parse(source.schema());
      if (parsed.isEmpty() || !passes(parsed.get(), filter)) {
        continue;
      }
      SchemaComponents components = parsed.get();
      for (DiscoveredTable table : source.tables()) {
        if (filter.containsKey("table") && !filter.get("table").equalsIgnoreCase(table.name())) {
          continue;
        }
        List<String> assetKey = assetKey(source, components, table.name());
        TableSettings settings = TableSettings.resolve(pipeline, config, source.schema(), table.name());
        if (!settings.enabled()) {
          excluded.add(new ExcludedTable(assetKey, source.schema(), table.name(), "disabled_by_override"));
          continue;
        }
        try {
          tasks.add(new TableTask(source.id(), new TableName(catalog(config.source().catalog()), source.schema(),
              table.name()), target(components, table.name()), assetKey, components, settings.strategy()));
        } catch (RockyException invalidName) {
          excluded.add(new ExcludedTable(assetKey, source.schema(), table.name(), "invalid_name"));
        }
      }
    }
    return new ReplicationPlan(tasks, excluded);
  }

  private TableName target(SchemaComponents components, String table) {
    String catalog = catalogTemplate.render(components, parser.separator());
    String schema = schemaTemplate.render(components, parser.separator());
    return new TableName(catalog(catalog), schema, table);
  }

  private @Nullable String catalog(@Nullable String catalog) {
    if (catalog == null || catalog.isEmpty()) {
      return null;
    }
    return localCatalog != null && catalog.toLowerCase(Locale.ROOT).equals(localCatalog.toLowerCase(Locale.ROOT))
        ? null : catalog;
  }

  private static List<String> assetKey(DiscoveredSource source, SchemaComponents components, String table) {
    List<String> key = new ArrayList<>();
    key.add(source.sourceType());
    key.addAll(components.flattened());
    key.add(table);
    return key;
  }

  private static boolean passes(SchemaComponents components, Map<String, String> filter) {
    return filter.entrySet().stream()
        .allMatch(e -> e.getKey().equals("table") || components.has(e.getKey(), e.getValue()));
  }
}
