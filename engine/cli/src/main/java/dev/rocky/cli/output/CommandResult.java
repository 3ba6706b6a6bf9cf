package dev.rocky.cli.output;

import java.util.Objects;

/**
 * What a command produced: its name on the wire ({@code "compile"}, {@code "list models"}), the
 * payload serialized after {@code version} and {@code command} in JSON mode, the human view for
 * table mode, and the exit code.
 *
 * @param payload a {@link JsonPayload}, or a record or map that Jackson serializes to a JSON object
 */
public record CommandResult(String command, Object payload, HumanView human, ExitCode exitCode) {

  public CommandResult {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(human, "human");
    Objects.requireNonNull(exitCode, "exitCode");
  }

  public static CommandResult success(String command, Object payload, HumanView human) {
    return new CommandResult(command, payload, human, ExitCode.SUCCESS);
  }
}
