package dev.rocky.planner.target;

import dev.rocky.core.project.TargetRef;
import dev.rocky.planner.error.PlannerErrors;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps a model's {@link TargetRef} to the physical table it is written to. A missing catalog keeps
 * the name two-part (the session's catalog) unless a default catalog is given; a missing schema
 * becomes the default schema. On a branch, every target moves to the schema {@code branch__<name>}
 * of the same catalog, keeping its table name (Rocky's schema-prefix branches).
 */
public record TargetResolver(@Nullable String defaultCatalog, String defaultSchema, @Nullable String branch) {

  private static final Pattern BRANCH_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Pattern SCHEMA_SAFE = Pattern.compile("[A-Za-z0-9_]+");

  public TargetResolver {
    Objects.requireNonNull(defaultSchema, "defaultSchema");
    if (defaultCatalog != null && defaultCatalog.isEmpty()) {
      defaultCatalog = null;
    }
    if (branch != null) {
      if (!BRANCH_NAME.matcher(branch).matches()) {
        throw PlannerErrors.invalidBranch(branch, "a branch name is 1 to 64 of [A-Za-z0-9_.-]");
      }
      if (!SCHEMA_SAFE.matcher(branch).matches()) {
        throw PlannerErrors.invalidBranch(branch,
            "its schema branch__" + branch + " would not be a valid SQL identifier ([a-zA-Z0-9_]+); use underscores");
      }
    }
  }

  /** The dialect's default schema, no default catalog, no branch. */
  public static TargetResolver of(SqlDialect dialect) {
    return new TargetResolver(null, dialect.defaultSchema(), null);
  }

  /** The same resolver writing into the branch's schema. */
  public TargetResolver onBranch(String branchName) {
    return new TargetResolver(defaultCatalog, defaultSchema, branchName);
  }

  /** The schema a branch run writes to, if this is one. */
  public Optional<String> branchSchema() {
    return Optional.ofNullable(branch).map(b -> "branch__" + b);
  }

  /** The production table of a target: defaults applied, no branch. */
  public TableName production(TargetRef target) {
    String catalog = blankToNull(target.catalog());
    String schema = blankToNull(target.schema());
    return new TableName(catalog != null ? catalog : defaultCatalog, schema != null ? schema : defaultSchema,
        target.table());
  }

  /** The table this run writes: the production table, moved to the branch schema on a branch. */
  public TableName resolve(TargetRef target) {
    TableName production = production(target);
    return branchSchema().map(production::inSchema).orElse(production);
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
