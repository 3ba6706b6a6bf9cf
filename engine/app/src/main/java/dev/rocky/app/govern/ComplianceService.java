package dev.rocky.app.govern;

import dev.rocky.app.govern.ComplianceReport.ColumnReport;
import dev.rocky.app.govern.ComplianceReport.ComplianceException;
import dev.rocky.app.govern.ComplianceReport.EnvStatus;
import dev.rocky.compiler.govern.ColumnClassification;
import dev.rocky.compiler.govern.ColumnClassification.Origin;
import dev.rocky.compiler.govern.ProjectClassifications;
import dev.rocky.core.config.RockyConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky compliance}: static, no warehouse. For every classified column (declared and
 * inherited) and every environment, the resolved strategy and whether it is enforced; an unresolved
 * tag not in {@code allow_unmasked} is an exception.
 */
public final class ComplianceService {
  private ComplianceService() {}

  /**
   * @param env only this environment ({@code default} for the defaults), or null for all
   * @param exceptionsOnly list only the columns that have an exception
   * @param models only these models (case-insensitive), or empty for all
   */
  public static ComplianceReport report(RockyConfig config, ProjectClassifications classified, @Nullable String env,
      boolean exceptionsOnly, List<String> models) {
    List<@Nullable String> envs = ResolvedMask.environments(config, env);
    List<ColumnReport> columns = new ArrayList<>();
    List<ComplianceException> exceptions = new ArrayList<>();
    int total = 0;
    int masked = 0;
    for (ColumnClassification c : classified.columns()) {
      if (!models.isEmpty() && models.stream().noneMatch(m -> m.equalsIgnoreCase(c.model()))) {
        continue;
      }
      total++;
      List<EnvStatus> statuses = new ArrayList<>();
      boolean all = true;
      boolean exception = false;
      for (String e : envs) {
        ResolvedMask r = new ResolvedMask(c, e, config.mask().strategyFor(c.tag(), e).orElse(null),
            config.classifications().allowsUnmasked(c.tag()));
        statuses.add(new EnvStatus(r.envName(), r.strategyId(), r.enforced()));
        all &= r.enforced();
        if (!r.enforced() && !r.allowedUnmasked()) {
          exception = true;
          exceptions.add(new ComplianceException(c.model(), c.column(), r.envName(), reason(c, r)));
        }
      }
      if (all) {
        masked++;
      }
      if (!exceptionsOnly || exception) {
        String from = c.origin() instanceof Origin.Inherited i ? i.from().toString() : null;
        columns.add(new ColumnReport(c.model(), c.column(), c.tag(), from == null ? "declared" : "inherited", from,
            statuses));
      }
    }
    ComplianceReport.Summary summary = new ComplianceReport.Summary(total, masked, exceptions.size());
    return new ComplianceReport(summary, columns, exceptions, ComplianceMarkdown.render(summary, columns, exceptions));
  }

  private static String reason(ColumnClassification c, ResolvedMask r) {
    String section = r.env() == null ? "[mask]" : "[mask." + r.env() + "] or [mask]";
    String where = c.origin() instanceof Origin.Inherited i ? " (inherited from " + i.from() + ")" : "";
    return "classification '" + c.tag().toLowerCase(Locale.ROOT) + "'" + where + " has no masking strategy in "
        + section + " and is not in [classifications] allow_unmasked";
  }
}
