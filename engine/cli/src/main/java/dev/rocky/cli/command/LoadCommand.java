package dev.rocky.cli.command;

import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.load.LoadRequest;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rocky load <dir|file> [--format csv|parquet|jsonl] [--target schema(.table)] [--create]
 * [--truncate]}: CSV, Parquet and JSON-lines files into the warehouse, all or nothing, with a row
 * count per file.
 */
@Command(name = "load", description = "Load CSV, Parquet and JSON-lines files into the warehouse, all of them or none.",
    sortOptions = false)
final class LoadCommand extends CommandSupport {

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
      description = "A file, or a directory whose .csv, .parquet and .jsonl files are loaded.")
  private @Nullable Path path;

  @Option(names = "--source-dir", paramLabel = "DIR", description = "The directory to load (instead of PATH).")
  private @Nullable Path sourceDir;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "csv, parquet or jsonl (default: each file's extension).")
  private @Nullable String format;

  @Option(names = "--target", paramLabel = "SCHEMA[.TABLE]",
      description = "Where the rows go (default: schema main, one table per file named after it).")
  private @Nullable String target;

  @Option(names = "--create", description = "Create missing schemas and tables, with the files' columns.")
  private boolean create;

  @Option(names = "--truncate", description = "Empty each target table before loading into it.")
  private boolean truncate;

  @Option(names = "--pipeline", paramLabel = "NAME",
      description = "Load into the warehouse of this pipeline (default: that of the transformation pipelines).")
  private @Nullable String pipeline;

  @Override
  public Integer call() {
    Path p = path;
    Path dir = sourceDir;
    if ((p == null) == (dir == null)) {
      throw new CliException(CliErrorCode.USAGE, p == null ? "missing what to load" : "give PATH or --source-dir, not both",
          "e.g. rocky load data/ --create");
    }
    Path source = context().resolve(p != null ? p : dir);
    return emit(context().wiring().runs().load(new LoadRequest(root().configPath(), source, format, target, create,
        truncate, pipeline), context().err()));
  }
}
