package dev.rocky.infra;

import java.util.List;

/**
 * One Rocky Lambda function as the stack deploys it.
 *
 * @param name short name, also the construct id prefix and the function's role in the workflows
 * @param handler the handler class in the Lambda bundle
 * @param memoryMb memory (and so CPU) of the function
 * @param timeoutSeconds the function's timeout: the Task's {@code TimeoutSeconds} in the workflow
 *     that calls it, API Gateway's 29 s for the API
 * @param access what the function may touch
 */
public record FunctionSpec(String name, String handler, int memoryMb, int timeoutSeconds, Access access) {

  /**
   * What a function reaches: actions on the state table (and its runs index), key prefixes of the
   * artifact bucket it reads and writes, key prefixes of the catalog bucket it writes, and whether it
   * reads the warehouse secret (and so opens the warehouse).
   */
  public record Access(List<String> tableActions, boolean runsIndex, List<String> readPrefixes, List<String> writePrefixes,
      List<String> catalogPrefixes, boolean warehouseSecret) {
    public Access {
      tableActions = List.copyOf(tableActions);
      readPrefixes = List.copyOf(readPrefixes);
      writePrefixes = List.copyOf(writePrefixes);
      catalogPrefixes = List.copyOf(catalogPrefixes);
    }
  }

  /** A read of one item: what priming does on every function (a consistent read of an absent item). */
  static final List<String> PRIME_ONLY = List.of("dynamodb:GetItem");
  /** Run records: the header by key, its executions by query (and, with the runs index, the latest runs). */
  static final List<String> RUN_READ = List.of("dynamodb:GetItem", "dynamodb:Query");
  /** Reads of run records, watermarks and keys, batched. */
  static final List<String> STATE_READ = List.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query");
  /**
   * A run record read and written again ({@code StateStore.recordRun}): the executions' positions in
   * one batch read, then one transaction of puts and the position counter's update.
   */
  static final List<String> RUN_RECORD = List.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query",
      "dynamodb:PutItem", "dynamodb:UpdateItem");
  /**
   * Everything the DynamoDB state store does: reads, conditional writes and transactions (IAM has no
   * TransactWriteItems action: a transaction is authorised item by item as PutItem, UpdateItem,
   * DeleteItem, and ConditionCheckItem for condition-only items, which the store's transactions do
   * not hold).
   */
  static final List<String> STATE_WRITE = List.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query",
      "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem");

  static final String ARTIFACTS = "artifacts/";
  static final String SNAPSHOTS = "snapshots/";
  /** Where the replay function keeps its windows' verdicts (its {@code ROCKY_REPLAY_PREFIX} default). */
  static final String REPLAYS = "replays/";
  /** Where the govern function's publish step writes the catalog site in the catalog bucket (CloudFront's origin path). */
  static final String CATALOG = "catalog/";

  /**
   * The eight functions. Memory is a starting point, not a measurement (functions/README.md has no
   * Lambda memory figures yet): Calcite and DuckDB are CPU-bound, and Lambda gives CPU in
   * proportion to memory, so the compiling and executing functions get more. Grants follow what
   * each handler's wiring calls (infra/cdk/README.md, "Sizing").
   */
  public static List<FunctionSpec> all() {
    return List.of(
        new FunctionSpec("compile", "dev.rocky.fn.compile.CompileHandler", 2048, 900,
            new Access(PRIME_ONLY, false, List.of(SNAPSHOTS, ARTIFACTS), List.of(ARTIFACTS), List.of(), false)),
        new FunctionSpec("execute", "dev.rocky.fn.execute.ExecuteHandler", 4096, 900,
            new Access(STATE_WRITE, true, List.of(ARTIFACTS), List.of(ARTIFACTS), List.of(), true)),
        new FunctionSpec("run", "dev.rocky.fn.run.RunHandler", 1024, 120,
            new Access(STATE_WRITE, true, List.of(ARTIFACTS), List.of(ARTIFACTS), List.of(), false)),
        // The run record by id, the project from the run's snapshot; each model's cost written back
        // into the run record, the attribution stored as an artifact.
        new FunctionSpec("cost", "dev.rocky.fn.cost.CostHandler", 1024, 300,
            new Access(RUN_RECORD, false, List.of(SNAPSHOTS, ARTIFACTS), List.of(ARTIFACTS), List.of(), false)),
        // The run record by id and the latest runs (the catalog's run pages), the project from the
        // run's snapshot; the compliance report as an artifact, the catalog site to the catalog bucket.
        new FunctionSpec("govern", "dev.rocky.fn.govern.GovernHandler", 1024, 300,
            new Access(RUN_READ, true, List.of(SNAPSHOTS, ARTIFACTS), List.of(ARTIFACTS), List.of(CATALOG), false)),
        new FunctionSpec("api", "dev.rocky.fn.api.ApiHandler", 1536, 29,
            new Access(STATE_READ, true, List.of(SNAPSHOTS, ARTIFACTS), List.of(), List.of(), false)),
        // Gates (the branch's last run, approvals, the lineage diff against production's recipes) and
        // the promotion: production tables replaced in the warehouse, watermarks moved, promotion recorded.
        new FunctionSpec("branch", "dev.rocky.fn.branch.BranchHandler", 2048, 900,
            new Access(STATE_WRITE, true, List.of(SNAPSHOTS, ARTIFACTS), List.of(), List.of(), true)),
        // Recorded runs (by id or the latest), recipes and recorded inputs from the artifacts; models
        // rebuilt in the warehouse (a replay__<run> schema, or a scratch DuckDB), the report stored.
        new FunctionSpec("replay", "dev.rocky.fn.replay.ReplayHandler", 4096, 900,
            new Access(RUN_READ, true, List.of(ARTIFACTS, REPLAYS), List.of(ARTIFACTS, REPLAYS), List.of(), true)));
  }

  /** The function called {@code name} in {@link #all()}. */
  public static FunctionSpec named(String name) {
    return all().stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no function '" + name + "'"));
  }
}
