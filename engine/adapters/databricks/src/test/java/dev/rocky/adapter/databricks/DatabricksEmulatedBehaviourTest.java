package dev.rocky.adapter.databricks;

import dev.rocky.core.config.Secret;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.rocky.testkit.emulator.databricks.DatabricksEmulator;
import dev.rocky.core.config.RetryConfig;
import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.Failures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulated workspace's scripted misbehaviour, and the shapes of the requests the adapter sends:
 * a statement pending over several polls, a 429 that halves concurrency, a permanent SQL error
 * naming the model, a timeout that cancels the statement, chunked results, retries.
 */
class DatabricksEmulatedBehaviourTest {
  private static final String STATEMENTS = "/api/2.0/sql/statements/?";

  private DatabricksEmulator emulator;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    emulator = DatabricksEmulator.start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private DatabricksAdapter adapter(DatabricksConfig config) {
    Sleeper recording = d -> {
      sleeps.add(d);
      Sleeper.SYSTEM.sleep(d);
    };
    return DatabricksAdapter.create(config, () -> SdkStatementClient.create(config), recording, System::nanoTime, () -> 0.5);
  }

  private DatabricksConfig config() {
    return DatabricksEmulatedContractTest.config(emulator);
  }

  @Test
  void explainCostGivesTheOptimizersRowsAndSizesWithoutRunningTheQuery() {
    try (DatabricksAdapter adapter = adapter(config())) {
      adapter.execute("CREATE OR REPLACE TABLE rocky.main.explained AS SELECT id FROM range(0, 500)");
      int before = emulator.statementsSubmitted();

      dev.rocky.core.port.QueryEstimate estimate = adapter.explain("SELECT id FROM rocky.main.explained WHERE id > 10");

      assertThat(emulator.statements().get(before).sql())
          .isEqualTo("EXPLAIN COST SELECT id FROM rocky.main.explained WHERE id > 10");
      assertThat(estimate.rowsScanned()).isEqualTo(estimate.bytesScanned() / 64).isPositive();
      assertThat(estimate.rows()).isNotNull();
    }
  }

  @Test
  void explainCostParsesSparkUnitsAndTreatsItsDefaultSizeAsUnknown() {
    String plan = """
        == Optimized Logical Plan ==
        Aggregate [day#1], [day#1, count(1) AS n#2L], Statistics(sizeInBytes=1.5 KiB, rowCount=7)
        +- Join Inner, (day#1 = day#3), Statistics(sizeInBytes=2.0 MiB)
           :- Relation main.orders[id#0L,day#1] parquet, Statistics(sizeInBytes=2.0 MiB, rowCount=1.00E+5)
           +- Relation main.days[day#3] parquet, Statistics(sizeInBytes=1024.0 B, rowCount=7)

        == Physical Plan ==
        AdaptiveSparkPlan isFinalPlan=false
        """;
    assertThat(DatabricksExplain.parse(plan))
        .isEqualTo(new dev.rocky.core.port.QueryEstimate(7L, 100_007L, 2L * 1024 * 1024 + 1024));
    assertThat(DatabricksExplain.parse("== Optimized Logical Plan ==\nProject [a], Statistics(sizeInBytes=8.0 EiB)\n"
        + "+- Relation t[a] parquet, Statistics(sizeInBytes=8.0 EiB)\n"))
        .isEqualTo(new dev.rocky.core.port.QueryEstimate(null, null, null));
  }

  @Test
  void aStatementPendingOverSeveralPollsIsPolledWithGrowingPausesUntilItSucceeds() {
    emulator.holdNextStatement(4);
    try (DatabricksAdapter adapter = adapter(config())) {
      ExecutionResult result = adapter.execute("CREATE TABLE rocky.main.pending AS SELECT 42 AS answer");

      assertThat(result.rowsAffected()).isEqualTo(1L);
      assertThat(emulator.wireMock().findAll(getRequestedFor(urlPathEqualTo("/api/2.0/sql/statements/" + result.queryId()))))
          .hasSize(5);
      assertThat(sleeps).containsExactly(Duration.ofMillis(2), Duration.ofMillis(3), Duration.ofNanos(4_500_000),
          Duration.ofNanos(6_750_000), Duration.ofNanos(10_125_000));
      assertThat(emulator.stateOf(result.queryId())).isEqualTo("SUCCEEDED");
    }
  }

  @Test
  void a429HalvesTheConcurrencyLimitAndTheSubmitIsRetried() {
    DatabricksConfig config = config().withTuning(new DatabricksConfig.Tuning(Duration.ZERO, Duration.ofMillis(2),
        Duration.ofMillis(20), 8, 16));
    emulator.throttleNextSubmits(1);
    try (DatabricksAdapter adapter = adapter(config)) {
      assertThat(adapter.concurrencyLimit()).isEqualTo(8);

      assertThat(adapter.query("SELECT 1 AS one").single()).isEqualTo(1);

      assertThat(adapter.concurrencyLimit()).isEqualTo(4);
      emulator.wireMock().verify(2, postRequestedFor(urlPathMatching(STATEMENTS)));
      assertThat(sleeps).startsWith(Duration.ofMillis(8));
    }
  }

  @Test
  void persistentThrottlingEndsInATransientErrorAndTheLimitKeepsFalling() {
    DatabricksConfig config = config().withRetry(new RetryConfig(2, 1L, 5L, 2.0, false, null, null, null))
        .withTuning(new DatabricksConfig.Tuning(Duration.ZERO, Duration.ofMillis(2), Duration.ofMillis(20), 8, 16));
    emulator.throttleNextSubmits(10);
    try (DatabricksAdapter adapter = adapter(config)) {
      assertThatThrownBy(() -> adapter.execute("SELECT 1")).isInstanceOfSatisfying(RockyException.class, e -> {
        assertThat(e.code()).isEqualTo(DatabricksErrorCode.DATABRICKS_THROTTLED);
        assertThat(Failures.isTransient(e)).isTrue();
        assertThat(Failures.kind(e)).isEqualTo(FailureKind.QUOTA_EXCEEDED);
      });
      assertThat(adapter.concurrencyLimit()).isEqualTo(1);
      emulator.wireMock().verify(3, postRequestedFor(urlPathMatching(STATEMENTS)));
    }
  }

  @Test
  void aPermanentSqlErrorIsAUserErrorNamingTheModelAndIsNeverRetried() {
    try (DatabricksAdapter adapter = adapter(config())) {
      assertThatThrownBy(() -> adapter.forModel("fct_orders").execute("INSERT INTO rocky.main.no_such_table SELECT 1"))
          .isInstanceOfSatisfying(RockyException.class, e -> {
            assertThat(e.type()).isEqualTo(ErrorType.USER_ERROR);
            assertThat(Failures.isTransient(e)).isFalse();
            assertThat(Failures.kind(e)).isEqualTo(FailureKind.NOT_FOUND);
            assertThat(e.getMessage()).contains("for model fct_orders").contains("TABLE_OR_VIEW_NOT_FOUND");
          });
      emulator.wireMock().verify(1, postRequestedFor(urlPathMatching(STATEMENTS)));
    }
  }

  @Test
  void aStatementPastTheTimeoutIsCancelled() {
    emulator.hangNextStatement();
    try (DatabricksAdapter adapter = adapter(config().withTimeout(Duration.ofMillis(300)))) {
      assertThatThrownBy(() -> adapter.forModel("slow_model").execute("SELECT 1"))
          .isInstanceOfSatisfying(RockyException.class, e -> {
            assertThat(e.code()).isEqualTo(DatabricksErrorCode.DATABRICKS_STATEMENT_TIMEOUT);
            assertThat(Failures.isTransient(e)).isFalse();
            assertThat(e.getMessage()).contains("slow_model").contains("timeout_secs");
          });
      List<LoggedRequest> cancels = emulator.wireMock().findAll(postRequestedFor(urlPathMatching("/api/2.0/sql/statements/[^/]+/cancel")));
      assertThat(cancels).hasSize(1);
      String id = cancels.getFirst().getUrl().split("/")[5];
      assertThat(emulator.stateOf(id)).isEqualTo("CANCELED");
    }
  }

  @Test
  void submitsFollowTheApiReference() {
    try (DatabricksAdapter adapter = adapter(config())) {
      adapter.forModel("stg_orders").query("SELECT 1 AS one");

      emulator.wireMock().verify(postRequestedFor(urlPathMatching(STATEMENTS))
          .withHeader("Authorization", equalTo("Bearer " + emulator.pat()))
          .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
          .withRequestBody(matchingJsonPath("$.statement", equalTo("SELECT 1 AS one")))
          .withRequestBody(matchingJsonPath("$.warehouse_id", equalTo(DatabricksEmulator.WAREHOUSE_ID)))
          .withRequestBody(matchingJsonPath("$.catalog", equalTo(DatabricksEmulator.CATALOG)))
          .withRequestBody(matchingJsonPath("$.format", equalTo("JSON_ARRAY")))
          .withRequestBody(matchingJsonPath("$.disposition", equalTo("INLINE")))
          .withRequestBody(matchingJsonPath("$.wait_timeout", equalTo("0s")))
          .withRequestBody(matchingJsonPath("$.on_wait_timeout", absent()))
          .withRequestBody(matchingJsonPath("$.query_tags[0].key", equalTo("rocky_model")))
          .withRequestBody(matchingJsonPath("$.query_tags[0].value", equalTo("stg_orders"))));
    }
  }

  @Test
  void metadataLookupsPassNamesAsParametersNeverInTheText() {
    try (DatabricksAdapter adapter = adapter(config())) {
      adapter.execute("CREATE SCHEMA IF NOT EXISTS rocky.odd");
      adapter.execute("CREATE TABLE rocky.odd.t (id INT)");

      assertThat(adapter.tableExists(new TargetRef(null, "odd", "t"))).isTrue();
      assertThat(adapter.tableExists(new TargetRef(null, "odd", "x' OR '1'='1"))).isFalse();

      emulator.wireMock().verify(postRequestedFor(urlPathMatching(STATEMENTS))
          .withRequestBody(matchingJsonPath("$.statement", com.github.tomakehurst.wiremock.client.WireMock.containing(":table")))
          .withRequestBody(matchingJsonPath("$.parameters[?(@.name == 'table')].value", equalTo("x' OR '1'='1")))
          .withRequestBody(matchingJsonPath("$.parameters[?(@.name == 'table')].type", equalTo("STRING"))));
    }
  }

  @Test
  void aLargeResultIsFetchedChunkByChunk() {
    emulator.chunkRows(7);
    try (DatabricksAdapter adapter = adapter(config())) {
      assertThat(adapter.query("SELECT id FROM range(0, 20) ORDER BY id").rows()).extracting(r -> r.getFirst())
          .containsExactlyElementsOf(java.util.stream.LongStream.range(0, 20).boxed().toList());

      emulator.wireMock().verify(1, getRequestedFor(urlPathMatching("/api/2.0/sql/statements/[^/]+/result/chunks/1")));
      emulator.wireMock().verify(1, getRequestedFor(urlPathMatching("/api/2.0/sql/statements/[^/]+/result/chunks/2")));
    }
  }

  @Test
  void aWaitTimeoutAnswersFastStatementsInlineWithoutPolling() {
    DatabricksConfig config = config().withTuning(new DatabricksConfig.Tuning(Duration.ofSeconds(5), Duration.ofMillis(2),
        Duration.ofMillis(20), 4, 16));
    try (DatabricksAdapter adapter = adapter(config)) {
      assertThat(adapter.query("SELECT 7 AS seven").single()).isEqualTo(7);

      emulator.wireMock().verify(postRequestedFor(urlPathMatching(STATEMENTS))
          .withRequestBody(matchingJsonPath("$.wait_timeout", equalTo("5s")))
          .withRequestBody(matchingJsonPath("$.on_wait_timeout", equalTo("CONTINUE"))));
      emulator.wireMock().verify(0, getRequestedFor(urlPathMatching("/api/2.0/sql/statements/.+")));
    }
  }

  @Test
  void transientFailuresAreRetriedUpToTheLimit() {
    DatabricksConfig config = config().withRetry(new RetryConfig(2, 1L, 5L, 2.0, false, null, null, null));
    emulator.failNextSubmitsUnavailable(2);
    try (DatabricksAdapter adapter = adapter(config)) {
      assertThat(adapter.query("SELECT 2 AS two").single()).isEqualTo(2);
      emulator.wireMock().verify(3, postRequestedFor(urlPathMatching(STATEMENTS)));

      emulator.failNextSubmitsUnavailable(3);
      assertThatThrownBy(() -> adapter.query("SELECT 3 AS three")).isInstanceOfSatisfying(RockyException.class, e -> {
        assertThat(e.code()).isEqualTo(DatabricksErrorCode.DATABRICKS_UNAVAILABLE);
        assertThat(Failures.isTransient(e)).isTrue();
      });
      assertThat(adapter.concurrencyLimit()).as("unavailability is not throttling").isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void theSdkClientIsBuiltOnTheFirstStatementNotBefore() {
    long start = System.nanoTime();
    try (DatabricksAdapter adapter = DatabricksAdapter.open(config())) {
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
      assertThat(adapter.clientBuilt()).isFalse();
      assertThat(emulator.wireMock().getAllServeEvents()).isEmpty();

      adapter.query("SELECT 1 AS one");
      assertThat(adapter.clientBuilt()).isTrue();
    }
  }

  @Test
  void deltaVersionAsOfReadsEachVersion() {
    try (DatabricksAdapter adapter = adapter(config())) {
      adapter.execute("CREATE TABLE rocky.main.versions (id BIGINT)");
      adapter.execute("INSERT INTO rocky.main.versions VALUES (1)");
      adapter.execute("INSERT INTO rocky.main.versions VALUES (2)");
      TargetRef table = new TargetRef(null, "main", "versions");

      assertThat(adapter.readTableAtVersion(table, 0).rows()).isEmpty();
      assertThat(adapter.readTableAtVersion(table, 1).rows()).containsExactly(List.of(1L));
      assertThat(adapter.readTableAtVersion(table, 2).rows()).hasSize(2);
      emulator.wireMock().verify(postRequestedFor(urlPathMatching(STATEMENTS))
          .withRequestBody(matchingJsonPath("$.statement", equalTo("SELECT * FROM `main`.`versions` VERSION AS OF 1"))));
    }
  }

  @Test
  void describeHistoryCountsEveryWriteAndAnyStatementReadsAVersion() {
    try (DatabricksAdapter adapter = adapter(config())) {
      adapter.execute("CREATE TABLE rocky.main.kept (id BIGINT, name STRING)");
      adapter.execute("INSERT INTO rocky.main.kept VALUES (1, 'a'), (2, 'b')");
      adapter.execute("UPDATE rocky.main.kept SET name = 'z' WHERE id = 2");

      dev.rocky.core.port.QueryResult history = adapter.query("DESCRIBE HISTORY `main`.`kept` LIMIT 1");
      assertThat(history.value(0, "version")).isEqualTo(2L);
      assertThat(history.value(0, "operation")).isEqualTo("UPDATE");
      assertThat(history.rows()).hasSize(1);
      assertThat(adapter.query("DESCRIBE HISTORY `main`.`kept`").rows()).extracting(r -> r.get(4))
          .containsExactly("UPDATE", "WRITE", "CREATE TABLE");
      // a version read inside a larger statement, the table's name still qualifying its columns
      assertThat(adapter.query("SELECT kept.name FROM `main`.`kept` VERSION AS OF 1 WHERE kept.id = 2").single())
          .isEqualTo("b");
      String hash = "SELECT CAST(SUM(CAST(xxhash64(id, name) AS DECIMAL(38,0))) AS STRING) AS h FROM `main`.`kept`";
      assertThat(adapter.query(hash.replace("`kept`", "`kept` VERSION AS OF 1")).single())
          .isNotEqualTo(adapter.query(hash).single())
          .isEqualTo(adapter.query(hash.replace("`kept`", "`kept` VERSION AS OF 1")).single());
      assertThatThrownBy(() -> adapter.query("SELECT * FROM `main`.`kept` VERSION AS OF 9"))
          .hasMessageContaining("DELTA_VERSION_NOT_FOUND").hasMessageContaining("Available versions: [0, 1, 2]");
    }
  }

  @Test
  void theQueryHistoryGivesDurationAndBytesForCost() {
    emulator.extraMillisPerStatement(1500);
    try (DatabricksAdapter adapter = adapter(config())) {
      java.time.Instant since = java.time.Instant.now().minusSeconds(5);
      ExecutionResult ran = adapter.forModel("fct_cost").execute("CREATE TABLE rocky.main.costly AS SELECT 1 AS one");

      assertThat(adapter.queryHistory(since)).filteredOn(e -> e.queryId().equals(ran.queryId())).singleElement()
          .satisfies(e -> {
            assertThat(e.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
            assertThat(e.bytesScanned()).isPositive();
          });
      assertThat(emulator.tagsOf(ran.queryId())).containsEntry("rocky_model", "fct_cost");
      emulator.wireMock().verify(getRequestedFor(urlPathEqualTo("/api/2.0/sql/history/queries"))
          .withQueryParam("include_metrics", equalTo("true"))
          .withQueryParam("filter_by.warehouse_ids", equalTo(DatabricksEmulator.WAREHOUSE_ID))
          .withQueryParam("filter_by.query_start_time_range.start_time_ms", equalTo(String.valueOf(since.toEpochMilli()))));
    }
  }

  @Test
  void oauthM2MExchangesClientCredentialsForABearerToken() {
    DatabricksConfig base = config();
    DatabricksConfig m2m = new DatabricksConfig(base.host(), base.warehouseId(), base.catalog(), null,
        new DatabricksAuth.OAuthM2M(DatabricksEmulator.CLIENT_ID, Secret.of(emulator.clientSecret())), base.timeout(),
        base.retry(), base.tuning());
    try (DatabricksAdapter adapter = adapter(m2m)) {
      assertThat(adapter.query("SELECT 5 AS five").single()).isEqualTo(5);
    }
    emulator.wireMock().verify(getRequestedFor(urlPathEqualTo("/oidc/.well-known/oauth-authorization-server")));
    emulator.wireMock().verify(postRequestedFor(urlPathEqualTo("/oidc/v1/token"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("grant_type=client_credentials"))
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("scope=all-apis")));
    assertThat(emulator.issuedOAuthTokens()).hasSize(1);
    emulator.wireMock().verify(postRequestedFor(urlPathMatching(STATEMENTS))
        .withHeader("Authorization", equalTo("Bearer " + emulator.issuedOAuthTokens().iterator().next())));
  }

  @Test
  void aClosedAdapterRefusesWork() {
    DatabricksAdapter adapter = adapter(config());
    adapter.close();
    assertThatThrownBy(() -> adapter.query("SELECT 1")).isInstanceOfSatisfying(RockyException.class,
        e -> assertThat(e.code()).isEqualTo(DatabricksErrorCode.DATABRICKS_CLOSED));
  }
}
