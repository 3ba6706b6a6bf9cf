package dev.rocky.adapter.snowflake;

import dev.rocky.core.config.Secret;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.testkit.emulator.snowflake.SnowflakeEmulator;
import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ExecutionResult;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.Failures;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real driver against the emulated account: each authenticator's login request, the query tag
 * per model, a permanent SQL error naming the model, the retry rules, and the shapes of requests.
 */
class SnowflakeEmulatedBehaviourTest {
  private static final String LOGIN = "/session/v1/login-request";
  private static final String QUERY = "/queries/v1/query-request";

  private SnowflakeEmulator emulator;
  @TempDir
  Path keys;

  @BeforeEach
  void start() {
    emulator = SnowflakeEmulator.start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private SnowflakeConfig config() {
    return SnowflakeEmulatedContractTest.config(emulator);
  }

  @Test
  void currentTimestampMarksAnInstantThatTimeTravelReadsAndHashAggIgnoresRowOrder() {
    try (SnowflakeAdapter adapter = SnowflakeAdapter.open(config())) {
      adapter.execute("CREATE OR REPLACE TABLE \"ROCKY\".\"PUBLIC\".\"KEPT\" AS SELECT 1 AS id, 'a' AS name UNION ALL SELECT 2, 'b'");
      Object now = adapter.query("SELECT CURRENT_TIMESTAMP() AS \"now\"").single();
      assertThat(now).isInstanceOf(Instant.class);
      adapter.execute("UPDATE \"ROCKY\".\"PUBLIC\".\"KEPT\" SET name = 'z' WHERE id = 2");
      String at = " AT(TIMESTAMP => TO_TIMESTAMP_LTZ('" + now + "'))";

      assertThat(adapter.query("SELECT KEPT.name FROM \"ROCKY\".\"PUBLIC\".\"KEPT\"" + at + " WHERE KEPT.id = 2").single())
          .isEqualTo("b");
      adapter.execute("CREATE OR REPLACE TABLE \"ROCKY\".\"PUBLIC\".\"BEFORE\" CLONE \"ROCKY\".\"PUBLIC\".\"KEPT\"" + at);
      adapter.execute("CREATE OR REPLACE TABLE \"ROCKY\".\"PUBLIC\".\"REVERSED\" AS SELECT * FROM \"ROCKY\".\"PUBLIC\".\"BEFORE\" "
          + "ORDER BY id DESC");
      String hash = "SELECT TO_VARCHAR(HASH_AGG(*)) AS \"content\", TO_VARCHAR(HASH_AGG(\"NAME\")) AS \"c\" FROM ";
      assertThat(adapter.query(hash + "\"ROCKY\".\"PUBLIC\".\"REVERSED\"").rows())
          .isEqualTo(adapter.query(hash + "\"ROCKY\".\"PUBLIC\".\"BEFORE\"").rows())
          .isNotEqualTo(adapter.query(hash + "\"ROCKY\".\"PUBLIC\".\"KEPT\"").rows());
      assertThatThrownBy(() -> adapter.query("SELECT * FROM \"ROCKY\".\"PUBLIC\".\"KEPT\" AT(TIMESTAMP => "
          + "TO_TIMESTAMP_LTZ('2000-01-01T00:00:00Z'))")).hasMessageContaining("Time travel data is not available");
    }
  }

  @Test
  void explainUsingJsonGivesTheBytesAssignedWithoutRunningTheQuery() {
    try (SnowflakeAdapter adapter = SnowflakeAdapter.open(config())) {
      adapter.execute("CREATE OR REPLACE TABLE \"ROCKY\".\"PUBLIC\".\"EXPLAINED\" AS SELECT SEQ4() AS id FROM TABLE(GENERATOR(ROWCOUNT => 300))");

      dev.rocky.core.port.QueryEstimate estimate = adapter.explain("SELECT id FROM \"ROCKY\".\"PUBLIC\".\"EXPLAINED\"");

      assertThat(estimate).isEqualTo(new dev.rocky.core.port.QueryEstimate(null, null, 300L * 64));
      assertThat(emulator.queries()).anySatisfy(q -> assertThat(q.sql()).startsWith("EXPLAIN USING JSON SELECT id"));
    }
    assertThat(SnowflakeExplain.parse("{\"GlobalStats\":{\"partitionsTotal\":4,\"partitionsAssigned\":2,"
        + "\"bytesAssigned\":1024},\"Operations\":[[]]}")).isEqualTo(new dev.rocky.core.port.QueryEstimate(null, null, 1024L));
    assertThat(SnowflakeExplain.parse("{}")).isEqualTo(new dev.rocky.core.port.QueryEstimate(null, null, null));
  }

  @Test
  void keyPairLoginSendsASignedJwtAndNoPassword() throws Exception {
    KeyPair pair = KeyFiles.rsa();
    emulator.registerPublicKey(pair.getPublic());
    try (SnowflakeAdapter adapter = SnowflakeAdapter.open(config().withAuth(new SnowflakeAuth.KeyPair(KeyFiles.plain(pair, keys), null)))) {
      assertThat(adapter.query("SELECT 1 AS one").single()).isEqualTo(java.math.BigDecimal.ONE);
    }
    emulator.wireMock().verify(postRequestedFor(urlPathEqualTo(LOGIN))
        .withRequestBody(matchingJsonPath("$.data.AUTHENTICATOR", equalTo("SNOWFLAKE_JWT")))
        .withRequestBody(matchingJsonPath("$.data.TOKEN", containing(".")))
        .withRequestBody(matchingJsonPath("$.data.PASSWORD", absent())));
  }

  @Test
  void anEncryptedKeyIsOpenedWithItsPassphrase() throws Exception {
    KeyPair pair = KeyFiles.rsa();
    emulator.registerPublicKey(pair.getPublic());
    Path key = KeyFiles.encrypted(pair, keys, "correct horse");
    try (SnowflakeAdapter adapter = SnowflakeAdapter.open(config().withAuth(new SnowflakeAuth.KeyPair(key, Secret.of("correct horse"))))) {
      assertThat(adapter.query("SELECT 2 AS two").single()).isEqualTo(java.math.BigDecimal.TWO);
    }
  }

  @Test
  void aKeyTheAccountDoesNotKnowIsRefusedAsAnAuthFailure() throws Exception {
    emulator.registerPublicKey(KeyFiles.rsa().getPublic());
    Path other = KeyFiles.plain(KeyFiles.rsa(), keys);
    try (SnowflakeAdapter adapter = SnowflakeAdapter.open(config().withAuth(new SnowflakeAuth.KeyPair(other, null)))) {
      assertThatThrownBy(() -> adapter.query("SELECT 1")).isInstanceOfSatisfying(RockyException.class, e -> {
        assertThat(e.code()).isEqualTo(SnowflakeErrorCode.SNOWFLAKE_AUTH_FAILED);
        assertThat(e.type()).isEqualTo(ErrorType.USER_ERROR);
      });
    }
  }

  @Test
  void oauthAndProgrammaticAccessTokensLogInWithTheirAuthenticators() {
    try (SnowflakeAdapter oauth = SnowflakeAdapter.open(config().withAuth(new SnowflakeAuth.OAuth(Secret.of(emulator.oauthToken()))));
        SnowflakeAdapter pat = SnowflakeAdapter.open(config().withAuth(new SnowflakeAuth.Pat(Secret.of(emulator.pat()))))) {
      oauth.query("SELECT 1 AS one");
      pat.query("SELECT 1 AS one");
    }
    emulator.wireMock().verify(postRequestedFor(urlPathEqualTo(LOGIN))
        .withRequestBody(matchingJsonPath("$.data.AUTHENTICATOR", equalTo("OAUTH")))
        .withRequestBody(matchingJsonPath("$.data.TOKEN", equalTo(emulator.oauthToken()))));
    emulator.wireMock().verify(postRequestedFor(urlPathEqualTo(LOGIN))
        .withRequestBody(matchingJsonPath("$.data.AUTHENTICATOR", equalTo("PROGRAMMATIC_ACCESS_TOKEN")))
        .withRequestBody(matchingJsonPath("$.data.TOKEN", equalTo(emulator.pat()))));
  }

  @Test
  void aWrongPasswordIsAUserErrorThatSaysWhatToCheck() {
    try (SnowflakeAdapter adapter = SnowflakeAdapter.open(config().withAuth(new SnowflakeAuth.Password(Secret.of("not-it-123"))))) {
      assertThatThrownBy(() -> adapter.execute("SELECT 1")).isInstanceOfSatisfying(RockyException.class, e -> {
        assertThat(Failures.kind(e)).isEqualTo(FailureKind.AUTH_FAILED);
        assertThat(Failures.isTransient(e)).isFalse();
        assertThat(e.getMessage()).contains("Incorrect username or password").contains("check user and password")
            .doesNotContain("not-it-123");
      });
    }
  }

  @Test
  void eachModelsStatementsCarryItsQueryTag() {
    try (SnowflakeAdapter adapter = SnowflakeAdapter.open(config())) {
      ExecutionResult tagged = adapter.forModel("fct_orders").execute("CREATE TABLE PUBLIC.tagged AS SELECT 1 AS one");
      ExecutionResult plain = adapter.execute("SELECT 1");

      assertThat(emulator.queryTags()).containsEntry(tagged.queryId(), "{\"app\":\"rocky\",\"rocky_model\":\"fct_orders\"}")
          .containsEntry(plain.queryId(), "");
      emulator.wireMock().verify(postRequestedFor(urlPathEqualTo(QUERY))
          .withRequestBody(matchingJsonPath("$.sqlText", equalTo("CREATE TABLE PUBLIC.tagged AS SELECT 1 AS one")))
          .withRequestBody(matchingJsonPath("$.parameters.QUERY_TAG", equalTo("{\"app\":\"rocky\",\"rocky_model\":\"fct_orders\"}")))
          .withHeader("Authorization", containing("Snowflake Token=")));
      assertThat(adapter.queryHistory(Instant.now().minusSeconds(60))).filteredOn(h -> h.queryId().equals(tagged.queryId()))
          .singleElement().satisfies(h -> assertThat(h.bytesScanned()).isPositive());
    }
  }

  @Test
  void aPermanentSqlErrorIsAUserErrorNamingTheModel() {
    try (SnowflakeAdapter adapter = SnowflakeAdapter.open(config())) {
      assertThatThrownBy(() -> adapter.forModel("fct_orders").execute("INSERT INTO PUBLIC.no_such_table SELECT 1"))
          .isInstanceOfSatisfying(RockyException.class, e -> {
            assertThat(e.type()).isEqualTo(ErrorType.USER_ERROR);
            assertThat(Failures.kind(e)).isEqualTo(FailureKind.NOT_FOUND);
            assertThat(e.getMessage()).contains("for model fct_orders").contains("does not exist");
          });
    }
  }

  @Test
  void readsAreRetriedWhenTheSessionCannotBeOpenedTransiently() {
    AtomicInteger failures = new AtomicInteger(2);
    ConnectionSource real = ConnectionSource.driver(config());
    ConnectionSource flaky = () -> {
      if (failures.getAndDecrement() > 0) {
        throw new java.sql.SQLException("JDBC driver encountered communication error", "08001");
      }
      return real.open();
    };
    try (SnowflakeAdapter adapter = SnowflakeAdapter.create(config(), flaky, d -> {})) {
      assertThat(adapter.query("SELECT 3 AS three").single()).isEqualTo(new java.math.BigDecimal(3));
      assertThat(failures.get()).isNegative();
    }
  }

  @Test
  void throttledRequestsAreRetriedByTheDriverItself() {
    try (SnowflakeAdapter adapter = SnowflakeAdapter.open(config())) {
      adapter.query("SELECT 0 AS warm");
      emulator.throttleNextQueries(1);
      assertThat(adapter.query("SELECT 4 AS four").single()).isEqualTo(new java.math.BigDecimal(4));
    }
    emulator.wireMock().verify(3, postRequestedFor(urlPathEqualTo(QUERY)));
  }

  @Test
  void sessionsAreReusedAndClosedWithTheAdapter() {
    SnowflakeAdapter adapter = SnowflakeAdapter.open(config());
    for (int i = 0; i < 5; i++) {
      adapter.query("SELECT " + i + " AS i");
    }
    assertThat(adapter.openSessions()).isEqualTo(1);
    emulator.wireMock().verify(1, postRequestedFor(urlPathEqualTo(LOGIN)));
    adapter.close();
    assertThat(emulator.openSessions()).isZero();
    assertThatThrownBy(() -> adapter.query("SELECT 1")).isInstanceOfSatisfying(RockyException.class,
        e -> assertThat(e.code()).isEqualTo(SnowflakeErrorCode.SNOWFLAKE_CLOSED));
  }
}
