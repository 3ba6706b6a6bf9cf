package dev.rocky.store.aws;

import static dev.rocky.store.aws.StateTable.s;

import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.state.ModelCommit;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.StateKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Model executions and run records. An execution keeps the position of its first commit in its
 * run ({@code seq}, handed out by a per-run counter item that each transaction moves on
 * conditionally), so a retried model is replaced in place. A commit is one TransactWriteItems:
 * the counter, the execution, the partitions and the watermark land together or not at all.
 */
final class DynamoDbRuns {
  /** DynamoDB's limit of items in one transaction. */
  static final int MAX_TRANSACTION_ITEMS = 100;

  private final DynamoDbAccess db;
  private final StateTable table;
  private final DynamoDbWatermarks watermarks;

  DynamoDbRuns(DynamoDbAccess db, DynamoDbWatermarks watermarks) {
    this.db = db;
    this.table = db.table();
    this.watermarks = watermarks;
  }

  /** Extra items written in the same transaction, decided anew on every attempt. */
  @FunctionalInterface
  private interface Extra {
    List<TransactWriteItem> items();
  }

  void commit(ModelCommit commit) {
    String runId = commit.runId();
    Map<String, PartitionRecord> byKey = new LinkedHashMap<>();
    commit.partitions().forEach(p -> byKey.put(p.partitionKey(), p));
    List<PartitionRecord> partitions = List.copyOf(byKey.values());
    // counter, execution and watermark take at most three items; the rest of a transaction holds partitions
    int inline = Math.min(partitions.size(), MAX_TRANSACTION_ITEMS - 3);
    write("commit " + commit.execution().modelName() + " of " + runId, runId, List.of(commit.execution()), () -> {
      List<TransactWriteItem> extra = new ArrayList<>();
      partitions.subList(0, inline).forEach(p -> extra.add(put(partitionItem(p))));
      if (commit.watermark() != null) {
        watermarks.advanceItem(commit.watermark().targetKey(), commit.watermark().watermark()).ifPresent(extra::add);
      }
      return extra;
    });
    // A wide backfill's remaining partition records follow the commit: a record never claims more than was committed.
    List<PartitionRecord> rest = partitions.subList(inline, partitions.size());
    for (int from = 0; from < rest.size(); from += MAX_TRANSACTION_ITEMS) {
      List<TransactWriteItem> chunk = rest.subList(from, Math.min(rest.size(), from + MAX_TRANSACTION_ITEMS))
          .stream().map(p -> put(partitionItem(p))).toList();
      try {
        db.transact("record the partitions of " + commit.execution().modelName(), chunk);
      } catch (DynamoDbAccess.Lost e) {
        throw new IllegalStateException("unconditional partition writes cannot lose", e);
      }
    }
  }

  void record(RunRecord run) {
    String runId = StateKeys.requireValid(run.runId(), "runId");
    Map<String, ModelExecution> byModel = new LinkedHashMap<>();
    run.modelsExecuted().forEach(e -> byModel.put(e.modelName(), e));
    List<ModelExecution> executions = List.copyOf(byModel.values());
    int perChunk = MAX_TRANSACTION_ITEMS - 2;
    // Executions first, the header last (with the last executions): whoever sees the header sees them all.
    int from = 0;
    while (executions.size() - from > perChunk) {
      write("record run " + runId, runId, executions.subList(from, from + perChunk), List::of);
      from += perChunk;
    }
    write("record run " + runId, runId, executions.subList(from, executions.size()), () -> List.of(put(headerItem(run))));
  }

  private void write(String doing, String runId, List<ModelExecution> executions, Extra extra) {
    for (int attempt = 1; attempt <= DynamoDbAccess.MAX_ATTEMPTS; attempt++) {
      List<Map<String, AttributeValue>> existing = positions(doing, runId, executions);
      List<TransactWriteItem> items = new ArrayList<>(executionItems(runId, executions, existing));
      items.addAll(extra.items());
      try {
        db.transact(doing, items);
        return;
      } catch (DynamoDbAccess.Lost lost) {
        DynamoDbAccess.pause(attempt);
      }
    }
    throw db.tooContended(doing);
  }

  /** The run's counter and the positions of these executions' models, if they have any: one batch read. */
  private List<Map<String, AttributeValue>> positions(String doing, String runId, List<ModelExecution> executions) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    keys.add(StateTable.key(table.runPk(runId), StateTable.SEQ_ITEM));
    executions.forEach(e -> keys.add(StateTable.key(table.runPk(runId), StateTable.EXEC_PREFIX + e.modelName())));
    return db.getAll(doing, keys, List.of(StateTable.PK, StateTable.SK, StateTable.SEQ, StateTable.NEXT));
  }

  /** The counter update (when a model is new to the run) and one conditional put per execution. */
  private List<TransactWriteItem> executionItems(String runId, List<ModelExecution> executions,
      List<Map<String, AttributeValue>> existing) {
    Map<String, Long> seqs = new HashMap<>();
    long next = 0;
    Map<String, AttributeValue> counter = null;
    for (Map<String, AttributeValue> item : existing) {
      String sk = item.get(StateTable.SK).s();
      if (sk.equals(StateTable.SEQ_ITEM)) {
        counter = item;
        next = Long.parseLong(item.get(StateTable.NEXT).n());
      } else if (sk.startsWith(StateTable.EXEC_PREFIX)) {
        seqs.put(sk.substring(StateTable.EXEC_PREFIX.length()), Long.parseLong(item.get(StateTable.SEQ).n()));
      }
    }
    List<TransactWriteItem> items = new ArrayList<>();
    long assigned = next;
    for (ModelExecution e : executions) {
      Long seq = seqs.get(e.modelName());
      Map<String, AttributeValue> item = StateTable.key(table.runPk(runId), StateTable.EXEC_PREFIX + e.modelName());
      item.put(StateTable.JSON, s(ItemJson.write(e)));
      if (seq == null) {
        item.put(StateTable.SEQ, StateTable.n(++assigned));
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
            .conditionExpression("attribute_not_exists(pk)").build()).build());
      } else {
        item.put(StateTable.SEQ, StateTable.n(seq));
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
            .conditionExpression("#seq = :seq").expressionAttributeNames(Map.of("#seq", StateTable.SEQ))
            .expressionAttributeValues(Map.of(":seq", StateTable.n(seq))).build()).build());
      }
    }
    if (assigned != next) {
      Update.Builder update = Update.builder().tableName(table.name())
          .key(StateTable.key(table.runPk(runId), StateTable.SEQ_ITEM))
          .updateExpression("SET #next = :assigned")
          .expressionAttributeNames(Map.of("#next", StateTable.NEXT));
      if (counter == null) {
        update.conditionExpression("attribute_not_exists(pk)")
            .expressionAttributeValues(Map.of(":assigned", StateTable.n(assigned)));
      } else {
        update.conditionExpression("#next = :seen")
            .expressionAttributeValues(Map.of(":assigned", StateTable.n(assigned), ":seen", StateTable.n(next)));
      }
      items.add(0, TransactWriteItem.builder().update(update.build()).build());
    }
    return items;
  }

  List<ModelExecution> executions(String runId) {
    return db.query("read the executions of " + runId, table.runPk(runId), StateTable.EXEC_PREFIX).stream()
        .sorted(Comparator.comparingLong(item -> Long.parseLong(item.get(StateTable.SEQ).n())))
        .map(item -> ItemJson.read(item.get(StateTable.JSON).s(), ModelExecution.class, where(runId)))
        .toList();
  }

  Optional<ModelExecution> execution(String runId, String modelName) {
    return db.get("read the execution of " + modelName + " in " + runId,
            StateTable.key(table.runPk(runId), StateTable.EXEC_PREFIX + modelName))
        .map(item -> ItemJson.read(item.get(StateTable.JSON).s(), ModelExecution.class, where(runId)));
  }

  Optional<RunRecord> run(String runId) {
    return db.get("read run " + runId, StateTable.key(table.runPk(runId), StateTable.HEADER))
        .map(item -> withExecutions(item));
  }

  /**
   * Recorded runs, newest first, from the run index. The index is eventually consistent: a run
   * recorded an instant ago may be missing from the list for a moment, never from {@link #run}.
   */
  List<RunRecord> recent(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    QueryResponse page = db.call("list runs", () -> db.client().query(QueryRequest.builder()
        .tableName(table.name()).indexName(StateTable.RUNS_INDEX)
        .keyConditionExpression("gpk = :gpk").expressionAttributeValues(Map.of(":gpk", s(table.runsGpk())))
        .scanIndexForward(false).limit(limit).build()));
    return page.items().stream().map(this::withExecutions).toList();
  }

  private RunRecord withExecutions(Map<String, AttributeValue> header) {
    RunRecord run = ItemJson.read(header.get(StateTable.JSON).s(), RunRecord.class, where(header.get(StateTable.PK).s()));
    return run.withModelsExecuted(executions(run.runId()));
  }

  private Map<String, AttributeValue> headerItem(RunRecord run) {
    Map<String, AttributeValue> item = StateTable.key(table.runPk(run.runId()), StateTable.HEADER);
    item.put(StateTable.JSON, s(ItemJson.write(run.withModelsExecuted(List.of()))));
    item.put(StateTable.GPK, s(table.runsGpk()));
    item.put(StateTable.GSK, s(StateTable.startKey(run.startedAt(), run.runId())));
    return item;
  }

  Map<String, AttributeValue> partitionItem(PartitionRecord p) {
    Map<String, AttributeValue> item = StateTable.key(table.partitionsPk(p.modelName()), p.partitionKey());
    item.put(StateTable.JSON, s(ItemJson.write(p)));
    return item;
  }

  private TransactWriteItem put(Map<String, AttributeValue> item) {
    return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item).build()).build();
  }

  private String where(String what) {
    return "'" + what + "' of the DynamoDB state table '" + table.name() + "'";
  }
}
