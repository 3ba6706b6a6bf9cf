package dev.rocky.app.lineagediff;

import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypeRules;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How one model's output columns differ between the base ref and HEAD. */
final class SchemaDiff {
  private SchemaDiff() {}

  enum Status {
    ADDED,
    MODIFIED,
    REMOVED,
    UNCHANGED;

    String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  enum Kind {
    ADDED,
    REMOVED,
    TYPE_CHANGED;

    String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One column change; {@code oldType} is null for an added column, {@code newType} for a removed one. */
  record Change(String column, Kind kind, @Nullable RockyType oldType, @Nullable RockyType newType) {
    Change {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(kind, "kind");
    }

    /** A type change that loses values: the old type is not assignable to the new one. */
    boolean narrows() {
      return kind == Kind.TYPE_CHANGED && oldType != null && newType != null && !TypeRules.isAssignable(oldType, newType);
    }
  }

  /**
   * Added and type-changed columns in HEAD's order, then removed columns in the base's order. Names
   * are compared case-insensitively (warehouses do); a missing side contributes no columns.
   */
  static List<Change> columns(Optional<ModelSchema> base, Optional<ModelSchema> head) {
    List<TypedColumn> before = base.map(ModelSchema::columns).orElse(List.of());
    List<TypedColumn> after = head.map(ModelSchema::columns).orElse(List.of());
    List<Change> out = new ArrayList<>();
    for (TypedColumn c : after) {
      TypedColumn old = find(before, c.name());
      if (old == null) {
        out.add(new Change(c.name(), Kind.ADDED, null, c.type()));
      } else if (!old.type().equals(c.type())) {
        out.add(new Change(c.name(), Kind.TYPE_CHANGED, old.type(), c.type()));
      }
    }
    for (TypedColumn c : before) {
      if (find(after, c.name()) == null) {
        out.add(new Change(c.name(), Kind.REMOVED, c.type(), null));
      }
    }
    return out;
  }

  private static @Nullable TypedColumn find(List<TypedColumn> columns, String name) {
    for (TypedColumn c : columns) {
      if (c.name().equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }
}
