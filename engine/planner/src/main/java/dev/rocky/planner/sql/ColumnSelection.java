package dev.rocky.planner.sql;

import java.util.List;

/** Which columns a MERGE clause names: an explicit list, or every column matched by name. */
public sealed interface ColumnSelection {

  static ColumnSelection of(List<String> names) {
    return new Listed(names);
  }

  static ColumnSelection allByName() {
    return new AllByName();
  }

  /** Every column of the source, matched to the target by name ({@code UPDATE SET *}, {@code INSERT *}). */
  record AllByName() implements ColumnSelection {}

  record Listed(List<String> names) implements ColumnSelection {
    public Listed {
      names = List.copyOf(names);
    }
  }
}
