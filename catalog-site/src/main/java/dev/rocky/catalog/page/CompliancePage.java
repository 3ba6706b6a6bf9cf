package dev.rocky.catalog.page;

import java.util.List;

/** The compliance page: every classified column and how it is masked; {@code recorded} false when nothing was recorded. */
public record CompliancePage(Layout layout, boolean recorded, String summary, List<Row> rows, List<Row> exceptions) {

  public boolean hasRows() {
    return !rows.isEmpty();
  }

  public boolean hasExceptions() {
    return !exceptions.isEmpty();
  }

  public record Row(Link column, String classification, String strategy, String enforced, String enforcedClass,
      String exception) {}
}
