package dev.rocky.compiler.resolve;

import dev.rocky.compiler.bind.Resolution;
import dev.rocky.compiler.bind.SchemaLookup;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.ModelSchema;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The binder's view of the project while compiling: models resolve to the schemas inferred so far
 * (an upstream not yet known, for example in a cycle, resolves with an unknown schema), sources to
 * their declared schemas, anything else to an external table whose namespace may be declared.
 */
public final class ProjectSchemaLookup implements SchemaLookup {
  private final ProjectNames names;
  private final Map<String, ModelSchema> inferred;

  /** {@code inferred} is read concurrently; the caller only adds to it between DAG layers. */
  public ProjectSchemaLookup(ProjectNames names, Map<String, ModelSchema> inferred) {
    this.names = names;
    this.inferred = inferred;
  }

  @Override
  public Resolution resolve(List<String> nameParts) {
    String model = names.model(nameParts);
    if (model != null) {
      return new Resolution.Model(model, inferred.getOrDefault(model, ModelSchema.unknown(model)));
    }
    SourceTable source = names.source(nameParts);
    if (source != null) {
      return new Resolution.Source(source.ref().qualifiedName(), source.schemaView());
    }
    return new Resolution.Unknown(names.namespaceKnown(nameParts));
  }

  @Override
  public Collection<String> knownTableNames() {
    return names.allNames();
  }
}
