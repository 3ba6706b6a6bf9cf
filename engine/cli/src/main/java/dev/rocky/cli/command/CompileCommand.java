package dev.rocky.cli.command;

import dev.rocky.cli.wiring.CompileRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rocky compile}: load, resolve, type-check, check contracts and lint. Exits 1 when any
 * diagnostic is an error.
 */
@Command(name = "compile", description = "Type-check the models, check their contracts and lint them.", sortOptions = false)
class CompileCommand extends CommandSupport {

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Option(names = "--contracts", paramLabel = "DIR",
      description = "Directory of *.contract.toml files, besides those next to the models.")
  private @Nullable Path contracts;

  @Option(names = "--model", paramLabel = "NAME", description = "Report only this model's diagnostics.")
  private @Nullable String model;

  @Option(names = "--with-seed", description = "Type raw tables by loading data/seed.sql into an in-memory DuckDB.")
  private boolean withSeed;

  @Option(names = "--with-warehouse",
      description = "Type tables no source file declares by describing them on the target warehouse (cached for 24 h).")
  private boolean withWarehouse;

  @Option(names = "--target-dialect", paramLabel = "DIALECT", converter = TargetDialects.class,
      description = "Report constructs duckdb, databricks or snowflake lacks (P001), over [portability].")
  private dev.rocky.core.project.@Nullable Dialect targetDialect;

  @Option(names = "--var", paramLabel = "NAME=VALUE",
      description = "Bind @var(NAME) in the models; repeatable.")
  private Map<String, String> vars = new LinkedHashMap<>();

  @Override
  public Integer call() {
    return emit(context().wiring().compile(request()));
  }

  /** What to compile, from the options. */
  protected final CompileRequest request() {
    Path contractsDir = contracts;
    return new CompileRequest(
        root().configPath(),
        context().resolve(models),
        contractsDir == null ? null : context().resolve(contractsDir),
        model,
        withSeed,
        vars,
        withWarehouse,
        targetDialect);
  }
}
