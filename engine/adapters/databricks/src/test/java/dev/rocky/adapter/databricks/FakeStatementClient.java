package dev.rocky.adapter.databricks;

import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.service.sql.ColumnInfo;
import com.databricks.sdk.service.sql.ColumnInfoTypeName;
import com.databricks.sdk.service.sql.ExecuteStatementRequest;
import com.databricks.sdk.service.sql.ListQueriesResponse;
import com.databricks.sdk.service.sql.ListQueryHistoryRequest;
import com.databricks.sdk.service.sql.ResultData;
import com.databricks.sdk.service.sql.ResultManifest;
import com.databricks.sdk.service.sql.ResultSchema;
import com.databricks.sdk.service.sql.ServiceError;
import com.databricks.sdk.service.sql.ServiceErrorCode;
import com.databricks.sdk.service.sql.StatementResponse;
import com.databricks.sdk.service.sql.StatementState;
import com.databricks.sdk.service.sql.StatementStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scripted {@link StatementClient}: each submit and poll answers the next scripted response;
 * chunks and cancels are recorded. No network.
 */
final class FakeStatementClient implements StatementClient {
  final Deque<Object> answers = new ArrayDeque<>();
  final List<ExecuteStatementRequest> submitted = new ArrayList<>();
  final List<String> polled = new ArrayList<>();
  final List<String> cancelled = new ArrayList<>();
  final Map<Long, ResultData> chunks = new ConcurrentHashMap<>();

  /** Queues an answer: a StatementResponse, or a RuntimeException to throw. */
  FakeStatementClient then(Object answer) {
    answers.add(answer);
    return this;
  }

  static StatementResponse state(StatementState state) {
    return new StatementResponse().setStatementId("s-1").setStatus(new StatementStatus().setState(state));
  }

  static StatementResponse failed(ServiceErrorCode code, String message) {
    return new StatementResponse().setStatementId("s-1").setStatus(new StatementStatus().setState(StatementState.FAILED)
        .setError(new ServiceError().setErrorCode(code).setMessage(message)));
  }

  static StatementResponse rows(List<List<String>> firstChunk, Long nextChunk, String... columns) {
    List<ColumnInfo> infos = new ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      infos.add(new ColumnInfo().setName(columns[i]).setPosition((long) i).setTypeName(ColumnInfoTypeName.LONG).setTypeText("BIGINT"));
    }
    return state(StatementState.SUCCEEDED)
        .setManifest(new ResultManifest().setSchema(new ResultSchema().setColumnCount((long) columns.length).setColumns(infos)))
        .setResult(data(firstChunk, nextChunk));
  }

  static ResultData data(List<List<String>> rows, Long next) {
    return new ResultData().setDataArray(new ArrayList<>(rows.stream().map(r -> (java.util.Collection<String>) r).toList()))
        .setNextChunkIndex(next);
  }

  static DatabricksError http(int status, String code) {
    return new DatabricksError(code, "HTTP " + status, status);
  }

  @Override
  public synchronized StatementResponse execute(ExecuteStatementRequest request) {
    submitted.add(request);
    return next();
  }

  @Override
  public synchronized StatementResponse get(String statementId) {
    polled.add(statementId);
    return next();
  }

  @Override
  public ResultData chunk(String statementId, long chunkIndex) {
    return chunks.get(chunkIndex);
  }

  @Override
  public synchronized void cancel(String statementId) {
    cancelled.add(statementId);
  }

  @Override
  public ListQueriesResponse history(ListQueryHistoryRequest request) {
    return new ListQueriesResponse().setRes(List.of());
  }

  private StatementResponse next() {
    Object answer = answers.isEmpty() ? state(StatementState.RUNNING) : answers.poll();
    if (answer instanceof RuntimeException e) {
      throw e;
    }
    return (StatementResponse) answer;
  }
}
