package dev.rocky.cli.wiring;

import dev.rocky.cli.output.CommandResult;

/**
 * What {@code rocky lineage} and {@code rocky lineage-diff} need from the engine. For the DOT and
 * OpenLineage formats the result's human view prints the document itself and the command prints it
 * as is, whatever {@code --output} says.
 */
public interface LineageWiring {

  CommandResult lineage(LineageRequest request);

  CommandResult lineageDiff(LineageDiffRequest request);
}
