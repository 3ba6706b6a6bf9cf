package dev.rocky.compiler.bind;

import dev.rocky.compiler.sql.ParsedModel;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.types.ModelSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Binds a parsed model in one recursive pass: scopes, output types and nullability, column lineage
 * and the type-check diagnostics, without Calcite's validator. Stateless and thread-safe: every call
 * keeps its state in its own context, so models of one DAG layer can be bound in parallel.
 */
public final class Binder {

  /**
   * Binds one model against the schemas {@code lookup} knows. The analysis's diagnostics include the
   * parse error when the SQL could not be read (its schema is then unknown and incomplete).
   */
  public ModelAnalysis bind(ParsedModel parsed, SchemaLookup lookup) {
    Objects.requireNonNull(parsed, "parsed");
    Objects.requireNonNull(lookup, "lookup");
    if (parsed.query() == null) {
      List<Diagnostic> diagnostics = new ArrayList<>(1);
      if (parsed.parseError() != null) {
        diagnostics.add(parsed.parseError());
      }
      return new ModelAnalysis(parsed.modelName(), ModelSchema.unknown(parsed.modelName()), List.of(),
          List.of(new UnresolvedColumn("*", "the SQL could not be parsed")), false, List.of(), List.of(), diagnostics);
    }
    BindContext ctx = new BindContext(parsed, lookup);
    BoundQuery output = ctx.queries.bind(parsed.query(), null, null);
    return Output.assemble(ctx, output);
  }
}
