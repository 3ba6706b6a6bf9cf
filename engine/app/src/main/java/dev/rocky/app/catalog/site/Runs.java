package dev.rocky.app.catalog.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.rocky.catalog.data.ExecutionData;
import dev.rocky.catalog.data.RunData;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Run records as the site shows them. Cost and budget breaches are read from the records' wire
 * form, by Rocky's field names ({@code cost_usd} on an execution; {@code cost_summary.total_cost_usd}
 * and {@code budget_breaches[{limit_type, limit, actual}]} on a run), so they appear as soon as the
 * run records carry them and stay "not recorded" until then.
 */
final class Runs {
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));

  private Runs() {}

  static RunData of(RunRecord r) {
    JsonNode run = JSON.valueToTree(r);
    List<ExecutionData> executions = new ArrayList<>();
    double sum = 0;
    boolean anyCost = false;
    for (ModelExecution e : r.modelsExecuted()) {
      Double cost = number(JSON.valueToTree(e).get("cost_usd"));
      if (cost != null) {
        anyCost = true;
        sum += cost;
      }
      executions.add(new ExecutionData(e.modelName(), e.startedAt(), e.finishedAt(), e.durationMs(), e.rowsAffected(),
          e.bytesScanned(), e.status().name().toLowerCase(Locale.ROOT), e.error(), cost));
    }
    Double total = number(run.path("cost_summary").get("total_cost_usd"));
    if (total == null) {
      total = number(run.get("total_cost_usd"));
    }
    if (total == null && anyCost) {
      total = sum;
    }
    List<RunData.BreachData> breaches = new ArrayList<>();
    for (JsonNode b : run.path("budget_breaches")) {
      Double limit = number(b.get("limit"));
      Double actual = number(b.get("actual"));
      if (limit != null && actual != null) {
        breaches.add(new RunData.BreachData(b.path("limit_type").asText("budget"), limit, actual));
      }
    }
    return new RunData(r.runId(), r.startedAt(), r.finishedAt(), JSON.convertValue(r.status(), String.class),
        JSON.convertValue(r.trigger(), String.class), r.gitCommit(), r.gitBranch(), executions, total, breaches);
  }

  private static @Nullable Double number(@Nullable JsonNode n) {
    return n != null && n.isNumber() ? n.doubleValue() : null;
  }
}
