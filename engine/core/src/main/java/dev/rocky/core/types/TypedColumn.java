package dev.rocky.core.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** A named column with its type and nullability. */
@JsonPropertyOrder({"name", "data_type", "nullable"})
public record TypedColumn(
    @JsonProperty("name") String name,
    @JsonProperty("data_type") RockyType type,
    @JsonProperty("nullable") boolean nullable) {

  public TypedColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static TypedColumn unknown(String name) {
    return new TypedColumn(name, RockyType.UNKNOWN, true);
  }

  public TypedColumn withName(String newName) {
    return new TypedColumn(newName, type, nullable);
  }

  public TypedColumn withNullable(boolean newNullable) {
    return new TypedColumn(name, type, newNullable);
  }
}
