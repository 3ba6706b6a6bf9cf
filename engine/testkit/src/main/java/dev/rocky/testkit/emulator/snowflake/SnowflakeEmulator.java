package dev.rocky.testkit.emulator.snowflake;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An emulated Snowflake account on a loopback port, for the real JDBC driver ({@code ssl=off}):
 * one user who may log in with a password, a registered key pair, an OAuth token or a PAT; one
 * database ({@code ROCKY}); statements run on DuckDB. {@link #wireMock()} exposes the request
 * journal for asserting request shapes.
 */
public final class SnowflakeEmulator implements AutoCloseable {
  public static final String ACCOUNT = "rocky_test";
  public static final String USER = "ROCKY";
  public static final String DATABASE = "ROCKY";

  static {
    // The driver probes cloud metadata endpoints at login to describe its platform; not here.
    System.setProperty("net.snowflake.jdbc.disablePlatformDetection", "true");
  }

  private final String password = "pw-" + HexFormat.of().formatHex(random(12));
  private final String oauthToken = "ver:1-oauth-" + HexFormat.of().formatHex(random(16));
  private final String pat = "pat-" + HexFormat.of().formatHex(random(16));
  private final Credentials credentials = new Credentials(ACCOUNT, USER, password, oauthToken, pat);
  private final EmulatedAccount account = new EmulatedAccount();
  final AtomicInteger throttledQueries = new AtomicInteger();
  private final WireMockServer server;
  private volatile long inlineWaitMillis = 300;

  private SnowflakeEmulator() {
    server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
        .containerThreads(40).extensions(new SnowflakeApi(this)));
    server.start();
    server.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(10)
        .willReturn(WireMock.aResponse().withTransformers("snowflake-api")));
  }

  public static SnowflakeEmulator start() {
    return new SnowflakeEmulator();
  }

  /** {@code http://127.0.0.1:<port>}: the adapter's endpoint. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  public String password() {
    return password;
  }

  public String oauthToken() {
    return oauthToken;
  }

  public String pat() {
    return pat;
  }

  /** The public half of the key pair the user may sign login JWTs with. */
  public void registerPublicKey(PublicKey key) {
    credentials.registerPublicKey(key);
  }

  public WireMockServer wireMock() {
    return server;
  }

  /**
   * Runs one Snowflake SQL statement in a session of its own, as an administrator would outside any
   * client (the query history logs it like any other), to change the account's data under a test.
   * Answers "SUCCESS", or "FAILED: " and the message.
   */
  public String execute(String sql) {
    return account.executeAlone(USER, sql);
  }

  /** The next {@code n} query requests answer HTTP 429 (the driver retries them itself). */
  public void throttleNextQueries(int n) {
    throttledQueries.set(n);
  }

  /** How long a query request waits for the result before answering "in progress". */
  public void inlineWaitMillis(long millis) {
    this.inlineWaitMillis = millis;
  }

  public int openSessions() {
    return account.openSessions();
  }

  /** The {@code QUERY_TAG} each query ran with, by query id. */
  public Map<String, String> queryTags() {
    Map<String, String> out = new java.util.HashMap<>();
    account.log().forEach(q -> out.put(q.id, q.tag == null ? "" : q.tag));
    return out;
  }

  /** A fault: while on, {@code SET MASKING POLICY} succeeds and binds nothing (a mask that did not apply). */
  public void loseMasks(boolean on) {
    account.governance().loseMasks(on);
  }

  /** Unsets every masking policy, as an administrator might by hand. */
  public void dropAllMasks() {
    account.governance().dropAllMasks();
  }

  /** The policies bound to the columns of {@code database.schema.table} (lower case): column to policy. */
  public Map<String, String> masksOn(String tableKey) {
    return account.governance().masksOn(tableKey);
  }

  /** The tags set on {@code database.schema.table} (lower case) and its columns, as {@code [column.]name=value}. */
  public java.util.List<String> tagsOn(String tableKey) {
    return account.governance().tagsOn(tableKey).stream()
        .map(t -> (t.column() == null ? "" : t.column() + ".") + t.name() + "=" + t.value()).sorted().toList();
  }

  /** A query as the account received it: its {@code QUERY_TAG} and its elapsed time in {@code QUERY_HISTORY} (0 while it runs). */
  public record Query(String id, String sql, String tag, long elapsedMillis) {}

  /** Every query so far, in order. */
  public java.util.List<Query> queries() {
    return account.log().stream().map(q -> {
      Long elapsed = q.elapsedMillis();
      return new Query(q.id, q.sql, q.tag == null ? "" : q.tag, elapsed == null ? 0 : elapsed);
    }).toList();
  }

  long inlineWaitMillis() {
    return inlineWaitMillis;
  }

  EmulatedAccount account() {
    return account;
  }

  Credentials credentials() {
    return credentials;
  }

  static boolean take(AtomicInteger counter) {
    return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  @Override
  public void close() {
    server.stop();
    account.close();
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    ThreadLocalRandom.current().nextBytes(b);
    return b;
  }
}
