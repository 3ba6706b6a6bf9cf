package dev.rocky.compiler.bind;

import dev.rocky.core.types.RockyType;
import java.util.List;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * A column of a relation or query output while binding: name, type (with nullability and the NULL
 * literal marker, which matters when UNION branches are folded), its lineage (value contributions
 * plus column-specific indirect ones such as window keys), why its lineage is incomplete (null when
 * it is complete) and where it was defined.
 */
record BoundColumn(String name, Typed typed, List<Contribution> lineage, @Nullable String unresolved,
    SqlParserPos pos) {

  RockyType type() {
    return typed.type();
  }

  boolean nullable() {
    return typed.nullable();
  }

  BoundColumn withName(String newName) {
    return new BoundColumn(newName, typed, lineage, unresolved, pos);
  }

  /** A column of unknown type that nothing can be traced to, with the reason. */
  static BoundColumn untraceable(String name, String reason, SqlParserPos pos) {
    return new BoundColumn(name, Typed.UNKNOWN, List.of(), reason, pos);
  }
}
