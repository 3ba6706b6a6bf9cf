package dev.rocky.cli.run;

import dev.rocky.cli.output.CommandResult;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.project.Model;
import java.util.Map;

/** A run made ready, or the result that says why it could not be (compile errors). */
public sealed interface Preparation {

  /**
   * @param compiled the compile it was planned from (its lineage feeds the breaking-change gate)
   * @param models the project's models as run (variables substituted), by name
   */
  record Ready(Planned planned, CompileResult compiled, Map<String, Model> models) implements Preparation {
    public Ready {
      models = Map.copyOf(models);
    }
  }

  record Failed(CommandResult result) implements Preparation {}
}
