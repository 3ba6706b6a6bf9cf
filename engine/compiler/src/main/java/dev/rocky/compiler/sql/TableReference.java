package dev.rocky.compiler.sql;

import java.util.List;
import java.util.Locale;

/**
 * A table named in a query's FROM clause (CTE names excluded): its name parts as written and where it
 * starts (1-based line and column in the model's file) and how many characters it spans on that line.
 */
public record TableReference(List<String> nameParts, int line, int col, int length) {

  public TableReference {
    nameParts = List.copyOf(nameParts);
    if (nameParts.isEmpty()) {
      throw new IllegalArgumentException("a table reference has at least one name part");
    }
  }

  /** The parts joined with dots, as written ({@code raw.orders}). */
  public String name() {
    return String.join(".", nameParts);
  }

  /** Lower-cased dotted name, the lookup key used for models and sources. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this is a bare one-part name, which Rocky reads as a reference to another model. */
  public boolean isBare() {
    return nameParts.size() == 1;
  }
}
