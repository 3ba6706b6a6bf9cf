package dev.rocky.core.project;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A model's compile-time contract ({@code <model>.contract.toml}): declared columns and the
 * required and protected rules. {@code source} is {@code explicit} (from {@code --contracts}) or
 * {@code auto} (next to the model's SQL). {@code noNewNullable} is accepted and inert, as in Rocky.
 */
public record Contract(
    String model,
    String file,
    String source,
    List<Column> columns,
    List<String> required,
    List<String> protectedColumns,
    boolean noNewNullable) {

  public Contract {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(file, "file");
    columns = List.copyOf(columns);
    required = List.copyOf(required);
    protectedColumns = List.copyOf(protectedColumns);
  }

  /** A contract without {@code no_new_nullable}. */
  public Contract(String model, String file, String source, List<Column> columns, List<String> required, List<String> protectedColumns) {
    this(model, file, source, columns, required, protectedColumns, false);
  }

  /** A declared column; {@code line} is where it is declared in the contract file (0 if unknown). */
  public record Column(String name, @Nullable String type, @Nullable Boolean nullable, @Nullable String description, int line) {
    public Column {
      Objects.requireNonNull(name, "name");
    }
  }
}
