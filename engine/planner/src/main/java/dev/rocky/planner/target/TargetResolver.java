package dev.rocky.planner.target;

import dev.rocky.core.project.TargetRef;
import dev.rocky.planner.error.PlannerErrors;
import dev.rocky.planner.sql.Identifiers;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a model's {@link TargetRef} to the {@link TableName} a run writes: an absent schema
 * becomes the dialect's default schema; on a branch, every target keeps its catalog and table and
 * moves to the branch schema {@code branch__<name>} (Rocky's default branch prefix).
 *
 * <p>Reconstructed from its callers: the original file was never committed because the root
 * {@code .gitignore} ignored every {@code target/} directory, including this package.
 *
 * @param branch the branch name, or null for a production run
 */
public record TargetResolver(SqlDialect dialect, @Nullable String branch) {
  /** Rocky's default schema prefix of a branch. */
  public static final String BRANCH_PREFIX = "branch__";

  public TargetResolver {
    Objects.requireNonNull(dialect, "dialect");
    if (branch != null) {
      if (branch.isEmpty() || branch.length() > 64) {
        throw PlannerErrors.invalidBranch(branch, "a branch name has 1 to 64 characters");
      }
      Identifiers.requireName("branch schema", BRANCH_PREFIX + branch);
    }
  }

  /** Production targets for {@code dialect}. */
  public static TargetResolver of(SqlDialect dialect) {
    return new TargetResolver(dialect, null);
  }

  /** The same resolver, writing into the schema of branch {@code name}. */
  public TargetResolver onBranch(String name) {
    return new TargetResolver(dialect, name);
  }

  /** The branch schema, when this is a branch run. */
  public Optional<String> branchSchema() {
    return branch == null ? Optional.empty() : Optional.of(BRANCH_PREFIX + branch);
  }

  /** The physical table of a target. */
  public TableName resolve(TargetRef target) {
    String schema = target.schema() == null || target.schema().isEmpty() ? dialect.defaultSchema() : target.schema();
    TableName production = new TableName(target.catalog(), schema, target.table());
    return branchSchema().map(production::inSchema).orElse(production);
  }
}
