package dev.rocky.cli.govern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code rocky govern apply}: puts the masks and tags in place and issues the grant difference, then
 * reads the masks back. Exits 1 when anything did not apply.
 */
@Command(name = "apply", description = "Apply the masks, tags and grant difference, then verify the masks.",
    sortOptions = false)
public final class GovernApplyCommand extends GovernSupport {

  @Mixin private GovernOptions options = new GovernOptions();

  @Override
  public Integer call() {
    return emit(wiring().apply(new GovernRequest(root().configPath(), context().resolve(options.models), options.env,
        options.pipeline, null, null)));
  }
}
