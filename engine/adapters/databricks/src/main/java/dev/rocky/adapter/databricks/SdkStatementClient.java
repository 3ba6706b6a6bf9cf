package dev.rocky.adapter.databricks;

import com.databricks.sdk.core.ApiClient;
import com.databricks.sdk.core.retry.NoRetryStrategyPicker;
import com.databricks.sdk.service.sql.CancelExecutionRequest;
import com.databricks.sdk.service.sql.ExecuteStatementRequest;
import com.databricks.sdk.service.sql.GetStatementRequest;
import com.databricks.sdk.service.sql.GetStatementResultChunkNRequest;
import com.databricks.sdk.service.sql.ListQueriesResponse;
import com.databricks.sdk.service.sql.ListQueryHistoryRequest;
import com.databricks.sdk.service.sql.QueryHistoryAPI;
import com.databricks.sdk.service.sql.ResultData;
import com.databricks.sdk.service.sql.StatementExecutionAPI;
import com.databricks.sdk.service.sql.StatementResponse;

/**
 * {@link StatementClient} on the Databricks SDK for Java: its {@link StatementExecutionAPI} and
 * {@link QueryHistoryAPI} over one {@link ApiClient}. No {@code WorkspaceClient}: its constructor
 * wires every service of the workspace and makes discovery calls; these two APIs need none of it.
 * The SDK's own retries are off ({@link NoRetryStrategyPicker}): the adapter decides what is
 * retried, and must see every 429 to adapt its concurrency.
 */
final class SdkStatementClient implements StatementClient {
  private final StatementExecutionAPI statements;
  private final QueryHistoryAPI history;

  private SdkStatementClient(ApiClient api) {
    this.statements = new StatementExecutionAPI(api);
    this.history = new QueryHistoryAPI(api);
  }

  /** Builds the SDK client for {@code config}. Resolving OAuth credentials may call the workspace. */
  static SdkStatementClient create(DatabricksConfig config) {
    com.databricks.sdk.core.DatabricksConfig sdk = new com.databricks.sdk.core.DatabricksConfig()
        .setHost(config.host().toString())
        .setAuthType(config.auth().sdkAuthType())
        .setHttpTimeoutSeconds((int) Math.max(60, config.tuning().waitTimeout().toSeconds() + 30));
    switch (config.auth()) {
      case DatabricksAuth.Pat pat -> sdk.setToken(pat.token().reveal());
      case DatabricksAuth.OAuthM2M m2m -> sdk.setClientId(m2m.clientId()).setClientSecret(m2m.clientSecret().reveal());
    }
    ApiClient api = new ApiClient.Builder().withDatabricksConfig(sdk.resolve())
        .withRetryStrategyPicker(new NoRetryStrategyPicker()).build();
    return new SdkStatementClient(api);
  }

  @Override
  public StatementResponse execute(ExecuteStatementRequest request) {
    return statements.executeStatement(request);
  }

  @Override
  public StatementResponse get(String statementId) {
    return statements.getStatement(new GetStatementRequest().setStatementId(statementId));
  }

  @Override
  public ResultData chunk(String statementId, long chunkIndex) {
    return statements.getStatementResultChunkN(
        new GetStatementResultChunkNRequest().setStatementId(statementId).setChunkIndex(chunkIndex));
  }

  @Override
  public void cancel(String statementId) {
    statements.cancelExecution(new CancelExecutionRequest().setStatementId(statementId));
  }

  @Override
  public ListQueriesResponse history(ListQueryHistoryRequest request) {
    return history.list(request);
  }
}
