package dev.rocky.app.compile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.core.project.Freshness;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.TypedColumn;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code models_detail}: Rocky's fields, plus the inferred {@code columns} and
 * whether that column list is complete (consumers ignore fields they do not know).
 */
@JsonPropertyOrder({"name", "strategy", "target", "freshness", "contract_source", "depends_on", "tags", "columns", "schema_complete"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ModelDetail(
    @JsonProperty("name") String name,
    @JsonProperty("strategy") Strategy strategy,
    @JsonProperty("target") TargetRef target,
    @JsonProperty("freshness") @Nullable Freshness freshness,
    @JsonProperty("contract_source") @Nullable String contractSource,
    @JsonProperty("depends_on") List<String> dependsOn,
    @JsonProperty("tags") Map<String, String> tags,
    @JsonProperty("columns") List<TypedColumn> columns,
    @JsonProperty("schema_complete") @JsonInclude(JsonInclude.Include.ALWAYS) boolean schemaComplete) {}
