package dev.rocky.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code [pipeline.NAME.target.governance]}: auto-creation of catalogs and schemas, tags, grants at
 * catalog and schema level, and (Databricks) workspace isolation.
 */
public record GovernanceConfig(
    @JsonProperty("auto_create_catalogs") Boolean autoCreateCatalogs,
    @JsonProperty("auto_create_schemas") Boolean autoCreateSchemas,
    @JsonProperty("tag_prefix") @Nullable String tagPrefix,
    @JsonProperty("tags") Map<String, String> tags,
    @JsonProperty("grants") List<Grant> grants,
    @JsonProperty("schema_grants") List<Grant> schemaGrants,
    @JsonProperty("isolation") @Nullable Isolation isolation) {

  public GovernanceConfig {
    autoCreateCatalogs = Values.or(autoCreateCatalogs, false);
    autoCreateSchemas = Values.or(autoCreateSchemas, false);
    tags = Values.map(tags);
    grants = Values.list(grants);
    schemaGrants = Values.list(schemaGrants);
  }

  public static GovernanceConfig defaults() {
    return new GovernanceConfig(null, null, null, null, null, null, null);
  }

  /** Permissions granted to one principal. */
  public record Grant(
      @JsonProperty(value = "principal", required = true) String principal,
      @JsonProperty(value = "permissions", required = true) List<String> permissions) {
    public Grant {
      Objects.requireNonNull(principal, "principal");
      permissions = Values.list(permissions);
    }
  }

  /** Workspace isolation: which workspaces may bind the managed catalogs. */
  public record Isolation(
      @JsonProperty("enabled") Boolean enabled,
      @JsonProperty("workspace_ids") List<WorkspaceBinding> workspaceIds) {
    public Isolation {
      enabled = Values.or(enabled, false);
      workspaceIds = Values.list(workspaceIds);
    }
  }

  /** One workspace binding; {@code binding_type} is {@code READ_WRITE} (default) or {@code READ_ONLY}. */
  public record WorkspaceBinding(
      @JsonProperty(value = "id", required = true) Long id,
      @JsonProperty("binding_type") BindingType bindingType) {
    public WorkspaceBinding {
      Objects.requireNonNull(id, "id");
      bindingType = Values.or(bindingType, BindingType.READ_WRITE);
    }
  }

  public enum BindingType {
    READ_WRITE,
    READ_ONLY
  }
}
