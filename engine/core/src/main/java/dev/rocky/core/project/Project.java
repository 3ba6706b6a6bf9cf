package dev.rocky.core.project;

import dev.rocky.core.config.RockyConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A loaded project. Models are in file order (sorted paths); {@code seedSql} is the text of
 * {@code data/seed.sql} when present.
 */
public record Project(
    String root,
    String configFile,
    RockyConfig config,
    List<Model> models,
    List<SourceTable> sources,
    List<Contract> contracts,
    List<Seed> seeds,
    @Nullable String seedSql) {

  public Project {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(config, "config");
    models = List.copyOf(models);
    sources = List.copyOf(sources);
    contracts = List.copyOf(contracts);
    seeds = List.copyOf(seeds);
  }

  public Optional<Model> model(String name) {
    return models.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** Models by name, in file order. */
  public Map<String, Model> modelsByName() {
    Map<String, Model> out = new LinkedHashMap<>();
    for (Model m : models) {
      out.putIfAbsent(m.name(), m);
    }
    return out;
  }
}
