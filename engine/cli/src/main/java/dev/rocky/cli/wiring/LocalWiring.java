package dev.rocky.cli.wiring;

import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.CommandResult;

/**
 * The laptop and CI wiring: the project from the local file system, DuckDB, the embedded state.
 *
 * <p><b>WIRING POINT.</b> The four methods below are where the commands meet the engine. Until they
 * are wired to {@code ProjectLoader} and {@code Compiler} (through the app services), each fails
 * with {@code error[not_available]} and exit code 1; they never invent a result.
 */
public final class LocalWiring implements Wiring {

  // TODO(lead): wire to ProjectLoader + the validate checks; payload {adapters, pipelines, diagnostics...}.
  @Override
  public CommandResult validate(ValidateRequest request) {
    throw CliException.notAvailable("validate");
  }

  // TODO(lead): wire to ProjectLoader + Compiler; payload is Rocky's CompileOutput, exit 1 iff has_errors.
  @Override
  public CommandResult compile(CompileRequest request) {
    throw CliException.notAvailable("compile");
  }

  // TODO(lead): wire to ProjectLoader; payload {models: [{name, target, strategy, has_contract, depends_on}]}.
  @Override
  public CommandResult listModels(ListModelsRequest request) {
    throw CliException.notAvailable("list models");
  }

  // TODO(lead): wire to ProjectLoader + the DAG; payload {model, depends_on}.
  @Override
  public CommandResult listDeps(ListDepsRequest request) {
    throw CliException.notAvailable("list deps");
  }
}
