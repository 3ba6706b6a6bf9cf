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
   * artifact bucket it reads and writes, and whether it reads the warehouse secret.
   */
  public record Access(List<String> tableActions, boolean runsIndex, List<String> readPrefixes, List<String> writePrefixes,
      boolean warehouseSecret) {
    public Access {
      tableActions = List.copyOf(tableActions);
      readPrefixes = List.copyOf(readPrefixes);
      writePrefixes = List.copyOf(writePrefixes);
    }
  }

  /** A read of one item: what priming does on every function (a consistent read of an absent item). */
  static final List<String> PRIME_ONLY = List.of("dynamodb:GetItem");
  /** Reads of run records, watermarks and keys. */
  static final List<String> STATE_READ = List.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query");
  /**
   * Everything the DynamoDB state store does: reads, conditional writes and transactions (IAM has no
   * TransactWriteItems action: a transaction is authorised item by item as PutItem, UpdateItem,
   * DeleteItem; the store's transactions hold no ConditionCheck items).
   */
  static final List<String> STATE_WRITE = List.of("dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query",
      "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem");

  static final String ARTIFACTS = "artifacts/";
  static final String SNAPSHOTS = "snapshots/";

  /**
   * The six functions. Memory is a starting point, not a measurement (functions/README.md has no
   * Lambda memory figures yet): Calcite and DuckDB are CPU-bound, and Lambda gives CPU in
   * proportion to memory, so the compiling and executing functions get more.
   */
  public static List<FunctionSpec> all() {
    return List.of(
        new FunctionSpec("compile", "dev.rocky.fn.compile.CompileHandler", 2048, 900,
            new Access(PRIME_ONLY, false, List.of(SNAPSHOTS, ARTIFACTS), List.of(ARTIFACTS), false)),
        new FunctionSpec("execute", "dev.rocky.fn.execute.ExecuteHandler", 4096, 900,
            new Access(STATE_WRITE, true, List.of(ARTIFACTS), List.of(ARTIFACTS), true)),
        new FunctionSpec("run", "dev.rocky.fn.run.RunHandler", 1024, 120,
            new Access(STATE_WRITE, true, List.of(ARTIFACTS), List.of(ARTIFACTS), false)),
        new FunctionSpec("cost", "dev.rocky.fn.cost.CostHandler", 1024, 300,
            new Access(STATE_READ, true, List.of(ARTIFACTS), List.of(ARTIFACTS), true)),
        new FunctionSpec("govern", "dev.rocky.fn.govern.GovernHandler", 1024, 300,
            new Access(STATE_READ, true, List.of(ARTIFACTS), List.of(ARTIFACTS), true)),
        new FunctionSpec("api", "dev.rocky.fn.api.ApiHandler", 1536, 29,
            new Access(STATE_READ, true, List.of(SNAPSHOTS, ARTIFACTS), List.of(), false)));
  }
}
