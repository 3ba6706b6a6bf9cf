package dev.rocky.app.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.core.branch.PromotionRecord;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ArtifactStore;
import dev.rocky.core.port.StateStore;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.types.TypedColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky history --audit --model M [--column C]}: who changed production's {@code M.C}, when,
 * and from what inputs. Walks production runs that built the model and promotions that replaced it,
 * oldest first, reading each recorded recipe, and marks where the column's definition (or, without
 * a column, the recipe) changed. Branch runs are not listed: they change no production table.
 */
public final class ColumnAudit {
  private static final int SCAN = 10_000;
  private final StateStore state;
  private final ArtifactStore artifacts;

  public ColumnAudit(StateStore state, ArtifactStore artifacts) {
    this.state = state;
    this.artifacts = artifacts;
  }

  /**
   * The audit trail, newest first.
   *
   * @param lastChange the newest entry that changed the column (or the recipe)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Report(
      @JsonProperty("model") String model,
      @JsonProperty("column") @Nullable String column,
      @JsonProperty("last_change") @Nullable AuditEntry lastChange,
      @JsonProperty("entries") List<AuditEntry> entries) {}

  private record Event(Instant at, String provenance, @Nullable RunRecord run, @Nullable PromotionRecord promotion) {}

  public Report audit(String model, @Nullable String column, int limit) {
    List<Event> events = new ArrayList<>();
    for (RunRecord run : state.recentRuns(SCAN)) {
      if (run.branch() == null) {
        run.modelsExecuted().stream().filter(e -> e.modelName().equals(model) && e.succeeded() && e.provenance() != null)
            .findFirst().ifPresent(e -> events.add(new Event(run.finishedAt(), Objects.requireNonNull(e.provenance()), run, null)));
      }
    }
    for (PromotionRecord p : state.promotions(SCAN)) {
      p.tables().stream().filter(t -> t.model().equals(model) && t.provenance() != null).findFirst()
          .ifPresent(t -> events.add(new Event(p.promotedAt(), Objects.requireNonNull(t.provenance()), null, p)));
    }
    events.sort(Comparator.comparing(Event::at));
    List<AuditEntry> entries = new ArrayList<>();
    AuditEntry previous = null;
    for (Event e : events) {
      Optional<Loaded> loaded = load(e.provenance());
      if (loaded.isEmpty()) {
        continue;
      }
      AuditEntry entry = entry(e, loaded.get(), column, previous);
      entries.add(entry);
      previous = entry;
    }
    List<AuditEntry> newestFirst = entries.reversed();
    AuditEntry last = newestFirst.stream().filter(a -> !a.change().equals("unchanged")).findFirst().orElse(null);
    return new Report(model, column, last, newestFirst.stream().limit(Math.max(0, limit)).toList());
  }

  private record Loaded(Provenance provenance, Recipe recipe) {}

  private Optional<Loaded> load(String key) {
    try {
      Optional<Provenance> p = artifacts.get(key).map(Provenance::read);
      return p.flatMap(pr -> artifacts.get(pr.recipeHash()).map(r -> new Loaded(pr, Recipe.read(r))));
    } catch (RockyException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static AuditEntry entry(Event e, Loaded l, @Nullable String column, @Nullable AuditEntry previous) {
    AuditEntry.ColumnDefinition def = column == null ? null : definition(l.recipe(), column);
    String change;
    if (previous == null) {
      change = "first_recorded";
    } else if (column == null) {
      change = previous.recipeHash().equals(l.provenance().recipeHash()) ? "unchanged" : "recipe_changed";
    } else {
      change = change(previous.column(), def);
    }
    RunRecord run = e.run();
    PromotionRecord p = e.promotion();
    String who = run != null ? run.triggeringIdentity() : Objects.requireNonNull(p).promotedBy();
    return new AuditEntry(run != null ? "run" : "promotion", run != null ? run.runId() : Objects.requireNonNull(p).promotionId(),
        e.at(), who, run == null ? null : run.trigger(), run == null ? null : run.sessionSource(),
        run != null ? run.gitCommit() : p.gitCommit(), run == null ? null : run.gitBranch(),
        run == null ? null : run.hostname(), p == null ? null : p.branch(), p == null ? null : p.allowBreaking(),
        l.provenance().recipeHash(), l.provenance().inputHash(), l.provenance().output().content(), change, def,
        l.provenance().inputs());
  }

  private static AuditEntry.@Nullable ColumnDefinition definition(Recipe recipe, String column) {
    Optional<TypedColumn> typed = recipe.step().schema().column(column);
    if (typed.isEmpty()) {
      return null;
    }
    List<String> from = recipe.lineage().stream().filter(l -> l.model().equals(recipe.model())).findFirst()
        .map(l -> l.edgesInto(column).stream()
            .map(x -> x.sourceModel() + "." + x.sourceColumn() + " (" + x.transform() + ")").toList())
        .orElse(List.of());
    return new AuditEntry.ColumnDefinition(typed.get().name(), typed.get().type().typeName(), typed.get().nullable(), from);
  }

  private static String change(AuditEntry.@Nullable ColumnDefinition before, AuditEntry.@Nullable ColumnDefinition after) {
    if (before == null && after == null) {
      return "unchanged";
    }
    if (before == null) {
      return "added";
    }
    if (after == null) {
      return "removed";
    }
    if (!before.type().equals(after.type()) || before.nullable() != after.nullable()) {
      return "type_changed";
    }
    return before.from().equals(after.from()) ? "unchanged" : "lineage_changed";
  }
}
