package dev.rocky.cli.govern;

import dev.rocky.cli.output.CommandResult;

/** What the governance commands need from the engine. */
public interface GovernWiring {

  /** {@code rocky compliance}: static, no warehouse. */
  CommandResult compliance(ComplianceRequest request);

  /** {@code rocky govern plan}: the masks, tags and grant difference; nothing is changed. */
  CommandResult plan(GovernRequest request);

  /** {@code rocky govern apply}: applies the plan and reads the masks back. */
  CommandResult apply(GovernRequest request);
}
