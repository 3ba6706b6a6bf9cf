package dev.rocky.app.lineagediff;

import dev.rocky.app.lineage.QualifiedColumn;
import dev.rocky.app.lineage.UnresolvedRecord;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.types.RockyType;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code lineage-diff}: validates the base ref, lists the files changed since it (committed on the
 * branch, plus uncommitted changes, since the working tree is what is compiled), and when any feeds
 * the compiler compiles the working tree and the base ref's files, classifies each touched model
 * and column, and attaches each changed column's downstream consumers. A model whose files changed
 * is {@code modified} when its SQL, configuration or columns differ, else {@code unchanged}; a model
 * reached only through shared files (configuration, sources, {@code _defaults.toml}) is listed when
 * its columns changed or it appeared or vanished.
 */
public final class LineageDiffService {
  /** What the report calls the compared tree (the working tree, as Rocky does). */
  public static final String HEAD_REF = "HEAD";

  private final ProjectCompiler compiler;

  public LineageDiffService(ProjectCompiler compiler) {
    this.compiler = compiler;
  }

  public LineageDiffOutput diff(LineageDiffInput request) {
    GitCli git = new GitCli(request.root());
    String prefix = git.prefix();
    git.requireCommit(request.baseRef());
    List<String> paths = new ArrayList<>();
    List<ChangedFile> files = new ArrayList<>(git.changedSince(request.baseRef()));
    files.addAll(git.uncommitted("."));
    for (ChangedFile f : files) {
      addProjectPath(paths, prefix, f.path());
      if (f.oldPath() != null) {
        addProjectPath(paths, prefix, f.oldPath());
      }
    }
    if (!ChangedModels.of(paths, request, null, null).any) {
      return output(request, List.of());
    }
    CompileResult head = compiler.compile(request.root(), false);
    requireProject(head, "the working tree", "run rocky validate to see what is wrong");
    List<String> inputs = new ArrayList<>(List.of(request.configFile(), request.modelsDir(), "sources", "seeds"));
    if (request.contractsDir() != null) {
      inputs.add(request.contractsDir());
    }
    try (BaseTree tree = BaseTree.materialize(git, request.baseRef(), prefix, inputs)) {
      CompileResult base = compiler.compile(tree.root(), true);
      if (Files.exists(tree.root().resolve(request.configFile()))) {
        requireProject(base, request.baseRef(), "fix the configuration on " + request.baseRef() + ", or compare with another ref");
      }
      return output(request, classify(ChangedModels.of(paths, request, base.project(), head.project()), base, head));
    }
  }

  /** A project whose configuration cannot be read has no models to compare: say so instead of reporting them all. */
  private static void requireProject(CompileResult result, String where, String hint) {
    if (result.project() == null) {
      String why = result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message).findFirst()
          .orElse("unknown reason");
      throw new LineageDiffException(LineageDiffErrorCode.PROJECT_NOT_LOADED,
          "the project in " + where + " could not be loaded: " + why, hint);
    }
  }

  private static void addProjectPath(List<String> paths, String prefix, String repoPath) {
    if (repoPath.startsWith(prefix) && !paths.contains(repoPath.substring(prefix.length()))) {
      paths.add(repoPath.substring(prefix.length()));
    }
  }

  private static List<LineageDiffOutput.ModelResult> classify(ChangedModels changed, CompileResult base, CompileResult head) {
    LineageGraph before = base.lineage();
    LineageGraph after = head.lineage();
    TreeSet<String> candidates = new TreeSet<>(changed.owned);
    if (changed.shared) {
      candidates.addAll(before.models());
      candidates.addAll(after.models());
    }
    Consumers consumers = new Consumers(before, after);
    List<LineageDiffOutput.ModelResult> out = new ArrayList<>();
    for (String name : candidates) {
      boolean inBase = before.model(name).isPresent();
      boolean inHead = after.model(name).isPresent();
      if (!inBase && !inHead) {
        continue;
      }
      List<SchemaDiff.Change> changes = SchemaDiff.columns(before.schema(name), after.schema(name));
      SchemaDiff.Status status;
      if (inBase && inHead) {
        boolean edited = changed.owned.contains(name) && !sameModel(base.project(), head.project(), name);
        if (changes.isEmpty() && !changed.owned.contains(name)) {
          continue;
        }
        status = changes.isEmpty() && !edited ? SchemaDiff.Status.UNCHANGED : SchemaDiff.Status.MODIFIED;
      } else {
        status = inHead ? SchemaDiff.Status.ADDED : SchemaDiff.Status.REMOVED;
      }
      List<LineageDiffOutput.ColumnChange> columns = new ArrayList<>();
      for (SchemaDiff.Change c : changes) {
        columns.add(column(name, c, consumers));
      }
      out.add(new LineageDiffOutput.ModelResult(name, status.wireName(), columns));
    }
    return out;
  }

  static LineageDiffOutput.ColumnChange column(String model, SchemaDiff.Change c, Consumers consumers) {
    ColumnRef ref = new ColumnRef(model, c.column());
    Consumers.Found found = c.kind() == SchemaDiff.Kind.REMOVED ? consumers.ofRemoved(ref) : consumers.onHead(ref);
    boolean readers = !found.columns().isEmpty() || !found.unresolved().isEmpty();
    boolean breaking = readers && (c.kind() == SchemaDiff.Kind.REMOVED || c.narrows());
    return new LineageDiffOutput.ColumnChange(c.column(), c.kind().wireName(), display(c.oldType()), display(c.newType()),
        found.columns().stream().map(QualifiedColumn::of).toList(), UnresolvedRecord.of(found.unresolved()), breaking);
  }

  private static boolean sameModel(@Nullable Project base, @Nullable Project head, String name) {
    Optional<Model> a = base == null ? Optional.empty() : base.model(name);
    Optional<Model> b = head == null ? Optional.empty() : head.model(name);
    return a.isPresent() && b.isPresent() && a.get().sql().equals(b.get().sql())
        && Objects.equals(a.get().config(), b.get().config());
  }

  private static @Nullable String display(@Nullable RockyType type) {
    return type == null ? null : type.display();
  }

  private static LineageDiffOutput output(LineageDiffInput request, List<LineageDiffOutput.ModelResult> results) {
    LineageDiffOutput.Summary summary = LineageDiffOutput.Summary.of(results);
    boolean breaking = results.stream().flatMap(r -> r.columnChanges().stream())
        .anyMatch(LineageDiffOutput.ColumnChange::isBreaking);
    return new LineageDiffOutput(request.baseRef(), HEAD_REF, summary, results, breaking,
        LineageDiffMarkdown.render(summary, results));
  }
}
