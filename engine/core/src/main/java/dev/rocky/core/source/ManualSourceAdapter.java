package dev.rocky.core.source;

import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.port.SourceAdapter;
import java.util.Comparator;
import java.util.List;

/**
 * {@code type = "manual"}: the schemas and tables declared in {@code rocky.toml} under
 * {@code [[adapter.NAME.schemas]]}, for sources with no API to list them. Makes no call anywhere.
 */
public final class ManualSourceAdapter implements SourceAdapter {
  private final List<AdapterConfig.ManualSchema> schemas;

  public ManualSourceAdapter(List<AdapterConfig.ManualSchema> schemas) {
    this.schemas = List.copyOf(schemas);
  }

  @Override
  public String sourceType() {
    return "manual";
  }

  @Override
  public List<DiscoveredSource> discover(String schemaPrefix) {
    return schemas.stream()
        .filter(s -> s.name().startsWith(schemaPrefix))
        .sorted(Comparator.comparing(AdapterConfig.ManualSchema::name))
        .map(s -> new DiscoveredSource(s.name(), s.name(), sourceType(), null,
            s.tables().stream().sorted().distinct().map(DiscoveredTable::named).toList()))
        .toList();
  }
}
