package dev.rocky.cli;

import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.wiring.CompileRequest;
import dev.rocky.cli.wiring.ListDepsRequest;
import dev.rocky.cli.wiring.ListModelsRequest;
import dev.rocky.cli.wiring.ValidateRequest;
import dev.rocky.cli.wiring.Wiring;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A hand-written wiring for tests: records each request and answers with a fixed function. */
public final class FakeWiring implements Wiring {
  public final List<Object> requests = new ArrayList<>();
  private final Function<Object, CommandResult> answer;

  public FakeWiring(Function<Object, CommandResult> answer) {
    this.answer = answer;
  }

  private CommandResult handle(Object request) {
    requests.add(request);
    return answer.apply(request);
  }

  @Override
  public CommandResult validate(ValidateRequest request) {
    return handle(request);
  }

  @Override
  public CommandResult compile(CompileRequest request) {
    return handle(request);
  }

  @Override
  public CommandResult listModels(ListModelsRequest request) {
    return handle(request);
  }

  @Override
  public CommandResult listDeps(ListDepsRequest request) {
    return handle(request);
  }
}
