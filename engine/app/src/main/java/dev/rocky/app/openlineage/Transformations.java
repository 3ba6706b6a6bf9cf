package dev.rocky.app.openlineage;

import dev.rocky.core.lineage.Transform;

/** Rocky's transform kinds as OpenLineage transformation types and subtypes. */
final class Transformations {
  private Transformations() {}

  static OpenLineage.Transformation of(Transform t) {
    String description = t.render();
    return switch (t) {
      case Transform.Direct d -> new OpenLineage.Transformation("DIRECT", "IDENTITY", description, false);
      case Transform.Cast c -> new OpenLineage.Transformation("DIRECT", "TRANSFORMATION", description, false);
      case Transform.Expression e -> new OpenLineage.Transformation("DIRECT", "TRANSFORMATION", description, false);
      // A count reveals nothing of the values it counts: OpenLineage calls that masking.
      case Transform.Aggregation a -> new OpenLineage.Transformation("DIRECT", "AGGREGATION", description,
          a.function().equals("count"));
      case Transform.Indirect i -> new OpenLineage.Transformation("INDIRECT", switch (i.role()) {
        case FILTER -> "FILTER";
        case JOIN_KEY -> "JOIN";
        case GROUP_BY -> "GROUP_BY";
        case WINDOW -> "WINDOW";
        case ORDER_BY -> "SORT";
      }, description, false);
    };
  }
}
