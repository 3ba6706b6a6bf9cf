package dev.rocky.cli.wiring;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.rocky.app.compile.CompileService;
import dev.rocky.app.dbt.DbtErrorCode;
import dev.rocky.app.dbt.DbtImportOptions;
import dev.rocky.app.dbt.DbtImporter;
import dev.rocky.app.dbt.ImportReport;
import dev.rocky.app.dbt.ImportResult;
import dev.rocky.app.dbt.MigrationReport;
import dev.rocky.app.dbt.MigrationValidator;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.output.Json;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.core.error.RockyException;
import dev.rocky.store.local.DirectoryCacheStore;
import dev.rocky.store.local.DirectoryProjectSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local wiring of the dbt migration commands: reads the dbt project from disk, writes the
 * imported project, compiles it for validation (with its own compile cache), and shapes the
 * results for JSON and for people ({@link MigrationViews}).
 */
public final class MigrationWiring {
  private final boolean color;

  public MigrationWiring(boolean color) {
    this.color = color;
  }

  /** The error of a wiring that does not offer the dbt migration commands. */
  static CliException unsupported(String command) {
    return new CliException(CliErrorCode.USAGE, "'" + command + "' is not available here",
        "run it with the rocky command line on a machine that has the dbt project");
  }

  public CommandResult importDbt(ImportDbtRequest request) {
    Path dbt = request.dbtProject();
    Path out = request.outputDir();
    if (!Files.isDirectory(dbt)) {
      throw new CliException(CliErrorCode.USAGE, "no directory " + dbt, "pass the dbt project's directory to --dbt-project");
    }
    if (out.equals(dbt)) {
      throw new CliException(CliErrorCode.USAGE, "--output-dir is the dbt project itself",
          "write the Rocky project to a new directory, e.g. --output-dir ../" + dbt.getFileName() + "-rocky");
    }
    if (Files.exists(out.resolve("rocky.toml")) && !request.force()) {
      throw new CliException(CliErrorCode.PROJECT_EXISTS, "rocky.toml already exists in " + out,
          "choose an empty --output-dir, or pass --force to overwrite the imported files");
    }
    DbtImportOptions options = DbtImportOptions.defaults().withManifest(request.manifest() == null
        ? DbtImportOptions.Manifest.WHEN_PRESENT
        : request.manifest() ? DbtImportOptions.Manifest.REQUIRED : DbtImportOptions.Manifest.IGNORED);
    ImportResult result;
    try {
      result = new DbtImporter().run(new DirectoryProjectSource(dbt), options);
    } catch (RockyException e) {
      throw asUsage(e);
    }
    write(out, result.files());
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("output_dir", out.toString());
    payload.putAll(Json.mapper().convertValue(result.report(), new TypeReference<Map<String, Object>>() {}));
    ImportReport report = result.report();
    return new CommandResult("import-dbt", payload, MigrationViews.imported(report, out), ExitCode.SUCCESS);
  }

  public CommandResult validateMigration(ValidateMigrationRequest request) {
    Path root = request.project();
    if (!Files.isRegularFile(root.resolve("rocky.toml"))) {
      throw new CliException(CliErrorCode.USAGE, "no rocky.toml in " + root,
          "pass the imported project's directory to --project (the --output-dir of rocky import-dbt)");
    }
    if (!Files.isDirectory(request.dbtProject())) {
      throw new CliException(CliErrorCode.USAGE, "no directory " + request.dbtProject(),
          "pass the dbt project's directory to --dbt-project");
    }
    MigrationReport report;
    try {
      report = new MigrationValidator(new CompileService(DirectoryCacheStore.ofProject(root), null))
          .validate(new DirectoryProjectSource(request.dbtProject()), new DirectoryProjectSource(root), CompileOptions.defaults());
    } catch (RockyException e) {
      throw asUsage(e);
    }
    return new CommandResult("validate-migration", report, MigrationViews.validated(report, root, color),
        report.ok() ? ExitCode.SUCCESS : ExitCode.FAILURE);
  }

  private static RuntimeException asUsage(RockyException e) {
    if (!(e.code() instanceof DbtErrorCode code)) {
      return e;
    }
    String hint = switch (code) {
      case DBT_PROJECT_NOT_FOUND -> "pass the directory that holds dbt_project.yml to --dbt-project";
      case DBT_PROJECT_UNREADABLE -> "fix the file (dbt parse shows the same problem), or import with --no-manifest";
      case DBT_MANIFEST_NOT_FOUND -> "run `dbt parse` in the dbt project to write target/manifest.json, or drop --manifest";
    };
    return new CliException(CliErrorCode.USAGE, e.getMessage(), hint, e);
  }

  private static void write(Path out, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = out.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new CliException(CliErrorCode.IO, "cannot write the Rocky project to " + out + ": " + e.getMessage(),
          "check that the directory is writable", e);
    }
  }
}
