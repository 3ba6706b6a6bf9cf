package dev.rocky.app.lineage;

import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.lineage.ColumnRef;
import java.util.Objects;
import java.util.Optional;

/** What {@code rocky lineage} was asked about: a whole model, or one column (of a model or a source). */
public sealed interface LineageTarget {

  /** A model, by its declared name. */
  record Model(String name) implements LineageTarget {
    public Model {
      Objects.requireNonNull(name, "name");
    }
  }

  /** A column, as the graph spells it. */
  record Column(ColumnRef column) implements LineageTarget {
    public Column {
      Objects.requireNonNull(column, "column");
    }
  }

  /**
   * Reads {@code model}, {@code model.column} or {@code source.table.column} (names matched
   * case-insensitively): a model name wins, then the longest table prefix that is a model or a
   * table some model reads. Empty when nothing matches.
   */
  static Optional<LineageTarget> resolve(LineageGraph graph, String text) {
    Optional<String> model = graph.model(text);
    if (model.isPresent()) {
      return Optional.of(new Model(model.get()));
    }
    for (int dot = text.lastIndexOf('.'); dot > 0; dot = text.lastIndexOf('.', dot - 1)) {
      String table = text.substring(0, dot);
      String column = text.substring(dot + 1);
      if (column.isEmpty()) {
        continue;
      }
      if (graph.model(table).isPresent() || graph.leaf(table).isPresent()) {
        return Optional.of(new Column(graph.canonical(new ColumnRef(table, column))));
      }
    }
    return Optional.empty();
  }
}
