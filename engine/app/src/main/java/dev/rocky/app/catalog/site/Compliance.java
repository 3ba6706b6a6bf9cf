package dev.rocky.app.catalog.site;

import dev.rocky.catalog.data.ComplianceData;
import dev.rocky.core.config.MaskConfig;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rocky's static compliance rollup for the default environment: every classified column with the
 * masking strategy {@code [mask]} resolves for its tag; an unresolved tag not listed in
 * {@code [classifications] allow_unmasked} is an exception. Null when nothing is classified, so
 * the page says "not recorded" rather than "all clear".
 */
final class Compliance {
  private Compliance() {}

  static ComplianceData of(Project project) {
    MaskConfig mask = project.config().mask();
    List<String> allowed = project.config().classifications().allowUnmasked().stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    List<ComplianceData.Row> rows = new ArrayList<>();
    for (Model m : project.models()) {
      for (Map.Entry<String, String> c : new TreeMap<>(m.config().classification()).entrySet()) {
        String strategy = mask.strategyFor(c.getValue(), null).map(MaskConfig.Strategy::id).orElse("unresolved");
        boolean enforced = !strategy.equals("unresolved");
        String exception = enforced || allowed.contains(c.getValue().toLowerCase(Locale.ROOT)) ? null
            : "no [mask] strategy for tag '" + c.getValue() + "'";
        rows.add(new ComplianceData.Row(m.name(), c.getKey(), c.getValue(), strategy, enforced, exception));
      }
    }
    return new ComplianceData(rows);
  }
}
