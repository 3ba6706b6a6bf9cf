package dev.rocky.app.catalog.site;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.app.lineagediff.LineageDiffOutput;
import dev.rocky.catalog.data.PrData;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A lineage diff ({@code rocky lineage-diff} output) as the site's pull-request page shows it. */
public final class PullRequests {
  private PullRequests() {}

  public static PrData of(LineageDiffOutput diff, @Nullable Double costDeltaUsd) {
    List<PrData.Model> models = diff.results().stream()
        .filter(r -> !r.status().equals("unchanged") || !r.columnChanges().isEmpty())
        .map(r -> new PrData.Model(r.modelName(), r.status(), r.columnChanges().stream()
            .map(c -> new PrData.Column(c.columnName(), c.changeType(), c.oldType(), c.newType(),
                c.downstreamConsumers().stream().map(x -> x.model() + "." + x.column()).toList(), c.isBreaking()))
            .toList()))
        .toList();
    return new PrData(diff.baseRef(), diff.headRef(), models, costDeltaUsd);
  }

  /**
   * The JSON that {@code rocky lineage-diff -o json} prints (Rocky's {@code LineageDiffOutput}, in
   * its envelope); fields it omits when empty are read as empty. A {@code cost_delta_usd} field,
   * when a cost preview added one, becomes the page's cost line.
   */
  public static PrData of(JsonNode diff) {
    List<PrData.Model> models = new ArrayList<>();
    for (JsonNode r : diff.path("results")) {
      String status = r.path("status").asText("modified");
      List<PrData.Column> columns = new ArrayList<>();
      for (JsonNode c : r.path("column_changes")) {
        List<String> consumers = new ArrayList<>();
        for (JsonNode x : c.path("downstream_consumers")) {
          consumers.add(x.path("model").asText() + "." + x.path("column").asText());
        }
        columns.add(new PrData.Column(c.path("column_name").asText(), c.path("change_type").asText(), text(c, "old_type"),
            text(c, "new_type"), consumers, c.path("breaking").asBoolean(false)));
      }
      if (!status.equals("unchanged") || !columns.isEmpty()) {
        models.add(new PrData.Model(r.path("model_name").asText(), status, columns));
      }
    }
    JsonNode cost = diff.get("cost_delta_usd");
    return new PrData(diff.path("base_ref").asText("main"), diff.path("head_ref").asText("HEAD"), models,
        cost != null && cost.isNumber() ? cost.doubleValue() : null);
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
