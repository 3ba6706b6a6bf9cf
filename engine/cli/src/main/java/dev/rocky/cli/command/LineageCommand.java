package dev.rocky.cli.command;

import dev.rocky.cli.output.Output;
import dev.rocky.cli.output.OutputFormat;
import dev.rocky.cli.wiring.LineageRequest;
import dev.rocky.cli.wiring.LineageRequest.LineageFormat;
import dev.rocky.compiler.lineage.Direction;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code rocky lineage <model>} (Rocky's {@code LineageOutput}) and {@code rocky lineage
 * <model>.<column> [--upstream|--downstream]} (the transitive {@code ColumnLineageOutput}).
 * {@code --format dot} prints Graphviz and {@code --format openlineage} one OpenLineage JobEvent per
 * line (every model without a target); both win over {@code --output}, as in Rocky.
 */
@Command(name = "lineage", description = "Column-level lineage of a model or a column, as JSON, a tree, DOT or OpenLineage.",
    sortOptions = false)
final class LineageCommand extends CommandSupport {

  @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET",
      description = "A model, MODEL.COLUMN or SOURCE.TABLE.COLUMN; omit with --format openlineage for every model.")
  private @Nullable String target;

  @Option(names = "--column", paramLabel = "NAME", description = "A column of the model (the same as MODEL.COLUMN).")
  private @Nullable String column;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private @Nullable Walk walk;

  static final class Walk {
    @Option(names = "--upstream", description = "Trace what the column reads, transitively (the default).")
    boolean upstream;

    @Option(names = "--downstream", description = "Trace what reads the column, transitively.")
    boolean downstream;
  }

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "json, table, dot or openlineage (default: the --output format).")
  private @Nullable LineageFormat format;

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Option(names = "--namespace", paramLabel = "NAMESPACE",
      description = "OpenLineage dataset namespace (default: from the adapter, e.g. duckdb://warehouse.duckdb).")
  private @Nullable String datasetNamespace;

  @Option(names = "--job-namespace", paramLabel = "NAMESPACE",
      description = "OpenLineage job namespace (default: the transformation pipeline's name).")
  private @Nullable String jobNamespace;

  @Override
  public Integer call() {
    String t = target;
    if (column != null) {
      if (t == null) {
        throw new ParameterException(spec().commandLine(), "--column needs a model: rocky lineage MODEL --column NAME");
      }
      t = t + "." + column;
    }
    Walk w = walk;
    Direction direction = w == null ? null : w.downstream ? Direction.DOWNSTREAM : Direction.UPSTREAM;
    LineageFormat f = format != null ? format
        : root().outputFormat() == OutputFormat.JSON ? LineageFormat.JSON : LineageFormat.TABLE;
    LineageRequest request = new LineageRequest(root().configPath(), context().resolve(models), t, direction, f,
        jobNamespace, datasetNamespace);
    OutputFormat print = f == LineageFormat.JSON ? OutputFormat.JSON : OutputFormat.TABLE;
    return new Output(context().out(), print).emit(context().wiring().lineage().lineage(request));
  }

  /** Parses {@code --format}, naming the valid spellings on error. */
  static final class FormatConverter implements CommandLine.ITypeConverter<LineageFormat> {
    @Override
    public LineageFormat convert(String value) {
      try {
        return LineageFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("expected json, table, dot or openlineage, got '" + value + "'");
      }
    }
  }
}
