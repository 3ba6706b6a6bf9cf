package dev.rocky.cli.replication;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.adapter.duckdb.DuckDbSourceAdapter;
import dev.rocky.adapter.fivetran.FivetranSourceAdapter;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.ReplicationPipeline;
import dev.rocky.core.port.SourceAdapter;
import dev.rocky.core.source.ManualSourceAdapter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The source adapter a replication pipeline discovers with: {@code source.discovery.adapter} when
 * set, else {@code source.adapter}. A DuckDB adapter on the warehouse's own file discovers on the
 * warehouse's connection; on another file, on a connection of its own, closed with the adapter.
 */
final class SourceAdapters {
  private SourceAdapters() {}

  static SourceAdapter open(String pipeline, ReplicationPipeline config, Map<String, AdapterConfig> adapters,
      AdapterConfig warehouseConfig, DuckDbAdapter warehouse, Path root, Map<String, String> env) {
    String name = config.source().discovery() != null ? config.source().discovery().adapter() : config.source().adapter();
    AdapterConfig adapter = adapters.get(name);
    if (adapter == null) {
      throw new CliException(CliErrorCode.CONFIG, "pipeline '" + pipeline + "' discovers with adapter '" + name
          + "', which rocky.toml does not define", "add [adapter." + name + "]; 'rocky validate' checks the references");
    }
    return switch (adapter.type()) {
      case "duckdb" -> sameFile(adapter, warehouseConfig) ? new DuckDbSourceAdapter(warehouse) : separate(adapter, root);
      case "manual" -> new ManualSourceAdapter(adapter.schemas());
      case "fivetran" -> FivetranSourceAdapter.of(name, adapter, env);
      default -> throw new CliException(CliErrorCode.UNSUPPORTED, "adapter '" + name + "' is of type " + adapter.type()
          + "; replication discovers with duckdb, manual or fivetran adapters",
          "point source.discovery.adapter at one of those");
    };
  }

  private static boolean sameFile(AdapterConfig a, AdapterConfig b) {
    return a == b || String.valueOf(a.path()).equals(String.valueOf(b.path()));
  }

  private static SourceAdapter separate(AdapterConfig adapter, Path root) {
    DuckDbAdapter own = DuckDbAdapter.open(adapter, root);
    DuckDbSourceAdapter discovery = new DuckDbSourceAdapter(own);
    return new SourceAdapter() {
      @Override
      public String sourceType() {
        return discovery.sourceType();
      }

      @Override
      public java.util.List<dev.rocky.core.source.DiscoveredSource> discover(String schemaPrefix) {
        return discovery.discover(schemaPrefix);
      }

      @Override
      public void close() {
        own.close();
      }
    };
  }
}
