package dev.rocky.cli.cost;

import dev.rocky.cli.output.CommandResult;

/** What the cost commands need from the engine. */
public interface CostWiring {

  CommandResult cost(CostRequests.Run request);

  CommandResult trend(CostRequests.Trend request);

  CommandResult preview(CostRequests.Preview request);
}
