package dev.rocky.cli.branch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.branch.ProjectDigest;
import dev.rocky.app.plan.PlanErrorCode;
import dev.rocky.app.plan.PlanException;
import dev.rocky.app.plan.RunPlanDocument;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.TextTable;
import dev.rocky.cli.run.LocalRun;
import dev.rocky.cli.run.Planned;
import dev.rocky.cli.run.Preparation;
import dev.rocky.cli.run.ProjectPaths;
import dev.rocky.cli.run.RunRequest;
import dev.rocky.cli.run.RunTargets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky plan} stores the run {@code rocky run} would do as {@code .rocky/plans/<id>.json}
 * (the id is the SHA-256 of the document's canonical JSON, so an unchanged project plans to the same
 * id); {@code rocky apply <id>} runs exactly the stored steps, and refuses when the file no longer
 * hashes to its id or the project's files changed since.
 */
final class LocalPlans {
  private static final String DIR = ".rocky/plans";
  private final Clock clock;

  LocalPlans(Clock clock) {
    this.clock = clock;
  }

  /** What {@code plan} prints: the id, the file and each planned model. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PlanSummary(
      @JsonProperty("plan_id") String planId,
      @JsonProperty("path") String path,
      @JsonProperty("project_digest") String projectDigest,
      @JsonProperty("branch") @Nullable String branch,
      @JsonProperty("models") List<PlannedModel> models) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record PlannedModel(
      @JsonProperty("model") String model,
      @JsonProperty("strategy") String strategy,
      @JsonProperty("target") String target,
      @JsonProperty("recipe_hash") String recipeHash,
      @JsonProperty("nondeterministic") List<String> nondeterministic) {}

  CommandResult plan(RunRequest request) {
    return switch (new LocalRun(clock).prepare(request)) {
      case Preparation.Failed failed -> failed.result();
      case Preparation.Ready ready -> store(ready.planned(), request);
    };
  }

  private CommandResult store(Planned p, RunRequest request) {
    RunPlanDocument doc = new RunPlanDocument(RunPlanDocument.KIND, p.digest(), p.paths().relative(p.paths().models()),
        p.options().configHash(), p.plan().dialect().dialect().id(), p.options().branch(), request.pipeline(),
        request.selectors(), request.vars(), request.parallel(), request.partitions(), p.containment(),
        p.plan().layers().stream().map(l -> l.stream().map(s -> p.recipes().get(s.model())).toList()).toList());
    byte[] bytes = doc.bytes();
    String id = doc.id();
    Path file = p.paths().root().resolve(DIR).resolve(id + ".json");
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        Files.write(file, bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<PlannedModel> models = doc.recipes().values().stream().map(r -> new PlannedModel(r.model(),
        r.step().strategy().type(), r.step().target().qualifiedName(), r.hash(), r.nondeterministic())).toList();
    PlanSummary summary = new PlanSummary(id, p.paths().relative(file), p.digest().sha256(), doc.branch(), models);
    TextTable.Builder table = TextTable.builder("MODEL", "STRATEGY", "TARGET", "RECIPE").emptyMessage("nothing to run");
    models.forEach(m -> table.row(m.model(), m.strategy(), m.target(), m.recipeHash().substring(0, 12)));
    return CommandResult.success("plan", summary, out -> {
      out.println("plan " + id);
      out.println("stored in " + summary.path() + "; run it with: rocky apply " + id.substring(0, 12));
      out.println();
      table.build().render(out);
    });
  }

  CommandResult apply(Requests.Apply request, PrintWriter err) {
    ProjectPaths root = ProjectPaths.of(request.config());
    Path file = find(root.root().resolve(DIR), request.planId());
    String id = file.getFileName().toString().replace(".json", "");
    RunPlanDocument doc;
    try {
      doc = RunPlanDocument.read(Files.readAllBytes(file), id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ProjectPaths paths = ProjectPaths.of(request.config(), root.root().resolve(doc.modelsDir()));
    ProjectDigest now = paths.digest();
    doc.requireCurrent(now);
    RunTargets targets = RunTargets.onAnyWarehouse(paths.load().config(), doc.pipeline());
    Map<String, String> files = new HashMap<>();
    doc.recipes().values().forEach(r -> files.put(r.model(), r.sqlFile()));
    Planned planned = new Planned(paths, targets, doc.graph(), doc.runPlan(),
        LocalRun.options(paths, doc.parallel(), doc.selectors(), null, doc.partitions(), files, doc.branch(), now.sha256()),
        doc.recipes(), now);
    LocalRun run = new LocalRun(clock);
    return run.execute(planned, run.afterModels(paths, doc.vars(), null), request.progress(), err, "apply");
  }

  /** The plan file of {@code id}, or of the one plan whose id starts with it (at least 8 characters). */
  private static Path find(Path dir, String id) {
    String wanted = id.toLowerCase(java.util.Locale.ROOT);
    if (wanted.length() < 8 || !wanted.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new PlanException(PlanErrorCode.PLAN_NOT_FOUND, "'" + id + "' is not a plan id",
          "pass the id rocky plan printed (at least its first 8 characters)");
    }
    List<Path> matches = List.of();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        matches = files.filter(f -> f.getFileName().toString().startsWith(wanted)
            && f.getFileName().toString().endsWith(".json")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (matches.isEmpty()) {
      throw new PlanException(PlanErrorCode.PLAN_NOT_FOUND, "no plan " + id + " in " + DIR,
          "make one with: rocky plan");
    }
    if (matches.size() > 1) {
      throw new PlanException(PlanErrorCode.PLAN_AMBIGUOUS, id + " starts the ids of " + matches.size() + " plans",
          "pass more characters of the plan id");
    }
    return matches.getFirst();
  }
}
