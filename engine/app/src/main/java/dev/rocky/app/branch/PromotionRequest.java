package dev.rocky.app.branch;

import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.config.GovernanceSections;
import dev.rocky.core.project.Model;
import dev.rocky.planner.ModelStep;
import dev.rocky.planner.target.TargetResolver;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a promotion is asked with: the branch, the project as it is now (its digest, lineage,
 * models, production targets), the approvals on file, and who promotes.
 *
 * @param lineage the current compile's lineage graph, the branch side of the breaking-change gate
 * @param productionSteps the production step of every view model, re-created over production tables
 * @param allowBreaking {@code --allow-breaking}
 */
public record PromotionRequest(
    String branch,
    ProjectDigest digest,
    LineageGraph lineage,
    Map<String, Model> models,
    TargetResolver production,
    Map<String, ModelStep> productionSteps,
    GovernanceSections.Approval approvalConfig,
    List<Approval> approvals,
    boolean allowBreaking,
    @Nullable String promotedBy,
    @Nullable String gitCommit) {

  public PromotionRequest {
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(lineage, "lineage");
    models = Map.copyOf(models);
    Objects.requireNonNull(production, "production");
    productionSteps = Map.copyOf(productionSteps);
    Objects.requireNonNull(approvalConfig, "approvalConfig");
    approvals = List.copyOf(approvals);
  }
}
