package dev.rocky.catalog.page;

import java.util.List;

/** A pull request's changed columns and their blast radius: the downstream columns that read each. */
public record PrPage(Layout layout, String baseRef, String headRef, String summary, String cost, List<ModelChange> models) {

  public record ModelChange(Link model, String status, String statusClass, List<ColumnChange> columns) {}

  public record ColumnChange(String column, String change, String types, boolean breaking, List<Link> consumers,
      String radius) {
    public boolean hasConsumers() {
      return !consumers.isEmpty();
    }
  }
}
