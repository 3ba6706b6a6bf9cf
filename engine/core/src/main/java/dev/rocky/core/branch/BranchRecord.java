package dev.rocky.core.branch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A branch: Rocky's {@code BranchRecord}. A run with {@code --branch NAME} writes every model into
 * the schema {@code schemaPrefix} of its catalog, keeping the table name.
 *
 * @param name 1 to 64 of {@code [A-Za-z0-9_.-]}
 * @param schemaPrefix the branch schema, {@code branch__<name>} by default
 * @param createdBy who created it ({@code $USER}), when known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BranchRecord(
    @JsonProperty("name") String name,
    @JsonProperty("schema_prefix") String schemaPrefix,
    @JsonProperty("created_by") @Nullable String createdBy,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("description") @Nullable String description) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  public BranchRecord {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a branch name is 1 to 64 of [A-Za-z0-9_.-]: '" + name + "'");
    }
    Objects.requireNonNull(schemaPrefix, "schemaPrefix");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The default schema of a branch. */
  public static String defaultSchema(String name) {
    return "branch__" + name;
  }
}
