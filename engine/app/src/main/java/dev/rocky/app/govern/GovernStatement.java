package dev.rocky.app.govern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One governance statement, what it does, on which object, and for which model (null: for none in particular). */
@JsonPropertyOrder({"purpose", "target", "model", "sql"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GovernStatement(
    @JsonProperty("purpose") Purpose purpose,
    @JsonProperty("target") String target,
    @JsonProperty("model") @Nullable String model,
    @JsonProperty("sql") String sql) {

  public GovernStatement {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(sql, "sql");
  }

  public enum Purpose {
    @JsonProperty("create_mask")
    CREATE_MASK,
    @JsonProperty("bind_mask")
    BIND_MASK,
    @JsonProperty("unbind_mask")
    UNBIND_MASK,
    @JsonProperty("create_schema")
    CREATE_SCHEMA,
    @JsonProperty("create_masked_view")
    CREATE_MASKED_VIEW,
    @JsonProperty("mark_mask")
    MARK_MASK,
    @JsonProperty("tag_table")
    TAG_TABLE,
    @JsonProperty("tag_column")
    TAG_COLUMN,
    @JsonProperty("grant")
    GRANT,
    @JsonProperty("revoke")
    REVOKE
  }
}
