package dev.rocky.adapter.databricks;

import com.databricks.sdk.service.sql.ExecuteStatementRequest;
import com.databricks.sdk.service.sql.ListQueriesResponse;
import com.databricks.sdk.service.sql.ListQueryHistoryRequest;
import com.databricks.sdk.service.sql.ResultData;
import com.databricks.sdk.service.sql.StatementResponse;

/**
 * The Databricks API calls the adapter makes: the SQL Statement Execution API and the query
 * history. The production implementation is {@link SdkStatementClient}; building it touches the
 * network, so the adapter builds it lazily. Failures are the SDK's unchecked exceptions.
 */
interface StatementClient {

  /** {@code POST /api/2.0/sql/statements}. */
  StatementResponse execute(ExecuteStatementRequest request);

  /** {@code GET /api/2.0/sql/statements/{id}}. */
  StatementResponse get(String statementId);

  /** {@code GET /api/2.0/sql/statements/{id}/result/chunks/{index}}. */
  ResultData chunk(String statementId, long chunkIndex);

  /** {@code POST /api/2.0/sql/statements/{id}/cancel}. */
  void cancel(String statementId);

  /** {@code GET /api/2.0/sql/history/queries}. */
  ListQueriesResponse history(ListQueryHistoryRequest request);
}
