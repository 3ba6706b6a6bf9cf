package dev.rocky.catalog.data;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A model's contract and whether it holds: {@code violations} are the compiler's contract findings
 * for the model (code and message); none means the contract holds.
 */
public record ContractData(
    String file, List<Column> columns, List<String> required, List<String> protectedColumns, List<String> violations) {

  public ContractData {
    Objects.requireNonNull(file, "file");
    columns = List.copyOf(columns);
    required = List.copyOf(required);
    protectedColumns = List.copyOf(protectedColumns);
    violations = List.copyOf(violations);
  }

  public boolean holds() {
    return violations.isEmpty();
  }

  /** A declared column: its type and nullability when the contract states them. */
  public record Column(String name, @Nullable String type, @Nullable Boolean nullable) {
    public Column {
      Objects.requireNonNull(name, "name");
    }
  }
}
