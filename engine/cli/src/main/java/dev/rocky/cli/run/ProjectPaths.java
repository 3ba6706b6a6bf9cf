package dev.rocky.cli.run;

import dev.rocky.app.branch.ProjectDigest;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.load.LoadOptions;
import dev.rocky.compiler.load.LoadResult;
import dev.rocky.compiler.load.ProjectLoader;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Project;
import dev.rocky.store.local.DirectoryProjectSource;
import dev.rocky.store.local.SqliteStateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A project on disk as the run commands see it: its root, its options for the compiler and loader, its state file. */
public record ProjectPaths(Path config, Path root, Path models) {

  public static ProjectPaths of(Path config, Path models) {
    Path abs = config.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    return new ProjectPaths(abs, parent == null ? Path.of("").toAbsolutePath() : parent, models.toAbsolutePath().normalize());
  }

  public static ProjectPaths of(Path config) {
    Path abs = config.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    Path root = parent == null ? Path.of("").toAbsolutePath() : parent;
    return new ProjectPaths(abs, root, root.resolve("models"));
  }

  /** Compile options: the config and models directory relative to the root, and the run variables. */
  public CompileOptions compileOptions(Map<String, String> vars) {
    String modelsDir = relative(models);
    return CompileOptions.defaults()
        .withDirectories(relative(config), "models".equals(modelsDir) ? null : modelsDir, null)
        .withVars(vars);
  }

  /** The project's files without compiling: fails with the first error when rocky.toml cannot be read. */
  public Project load() {
    String modelsDir = relative(models);
    LoadResult loaded = new ProjectLoader(System.getenv()).load(new DirectoryProjectSource(root),
        new LoadOptions(relative(config), "models".equals(modelsDir) ? null : modelsDir, null));
    Project project = loaded.project();
    if (project == null) {
      String message = loaded.diagnostics().stream().filter(Diagnostic::isError).findFirst()
          .map(Diagnostic::message).orElse("cannot read " + relative(config));
      throw new CliException(CliErrorCode.CONFIG, message, "'rocky validate' checks the configuration");
    }
    return project;
  }

  /** The digest of the files that define what the project builds (see {@link ProjectDigest}). */
  public ProjectDigest digest() {
    return ProjectDigest.of(new DirectoryProjectSource(root), relative(config), relative(models), null);
  }

  /** The embedded state file ({@code .rocky/state.sqlite}). */
  public Path stateFile() {
    return root.resolve(SqliteStateStore.DEFAULT_PATH);
  }

  /** Whether a run has ever recorded state here (reading commands do not create the file). */
  public boolean hasState() {
    return Files.isRegularFile(stateFile());
  }

  public String relative(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
