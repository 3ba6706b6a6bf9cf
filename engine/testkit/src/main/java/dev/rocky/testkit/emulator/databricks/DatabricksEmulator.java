package dev.rocky.testkit.emulator.databricks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An emulated Databricks workspace on a loopback port, for tests: one SQL warehouse, a PAT and a
 * service principal that can log in, statements run on DuckDB. Use {@link #wireMock()} to assert
 * request shapes, and the scripting methods to make the next requests misbehave.
 */
public final class DatabricksEmulator implements AutoCloseable {
  public static final String WAREHOUSE_ID = "abc123def4567890";
  public static final String CATALOG = EmulatedWarehouse.CATALOG;
  public static final String CLIENT_ID = "rocky-service-principal";

  private final String pat = "dapi" + HexFormat.of().formatHex(randomBytes(16));
  private final String clientSecret = "dose" + HexFormat.of().formatHex(randomBytes(16));
  private final EmulatedWarehouse warehouse = new EmulatedWarehouse();
  private final Faults faults = new Faults();
  private final OAuthEndpoints oauth = new OAuthEndpoints(pat, CLIENT_ID, clientSecret);
  private final WireMockServer server;
  private volatile int chunkRows = 1000;
  private volatile long extraMillisPerStatement;

  private DatabricksEmulator() {
    server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
        .containerThreads(40).extensions(new DatabricksApi(this)));
    server.start();
    server.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(10)
        .willReturn(WireMock.aResponse().withTransformers("databricks-api")));
  }

  public static DatabricksEmulator start() {
    return new DatabricksEmulator();
  }

  public URI host() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  public String pat() {
    return pat;
  }

  public String clientSecret() {
    return clientSecret;
  }

  public WireMockServer wireMock() {
    return server;
  }

  /** The next {@code n} submits answer 429 RESOURCE_EXHAUSTED. */
  public void throttleNextSubmits(int n) {
    faults.throttledSubmits.set(n);
  }

  /** The next {@code n} submits answer 503 TEMPORARILY_UNAVAILABLE. */
  public void failNextSubmitsUnavailable(int n) {
    faults.unavailableSubmits.set(n);
  }

  /** The next statement reports PENDING to the submit and the next {@code polls} polls. */
  public void holdNextStatement(int polls) {
    faults.heldPolls.set(polls);
  }

  /** The next statement never finishes: RUNNING until cancelled. */
  public void hangNextStatement() {
    faults.hangNext.set(true);
  }

  /** A fault: while on, {@code SET MASK} succeeds and binds nothing (a mask that did not apply). */
  public void loseMasks(boolean on) {
    warehouse.governance().loseMasks(on);
  }

  /** Removes every column mask, as an administrator might by hand. */
  public void dropAllMasks() {
    warehouse.governance().dropAllMasks();
  }

  /** The masks bound to the columns of {@code catalog.schema.table} (lower case): column to mask function. */
  public java.util.Map<String, String> masksOn(String tableKey) {
    return warehouse.governance().masksOn(tableKey);
  }

  /** The tags set on {@code catalog.schema.table} (lower case) and its columns, as {@code [column.]name=value}. */
  public java.util.List<String> tagsOn(String tableKey) {
    return warehouse.governance().tagsOn(tableKey).stream()
        .map(t -> (t.column() == null ? "" : t.column() + ".") + t.name() + "=" + t.value()).sorted().toList();
  }

  /**
   * Runs one Databricks SQL statement as an administrator would, outside any client (the query
   * history logs it like any other), to change the warehouse's data under a test. Answers the state
   * it ended in: SUCCEEDED, or FAILED with the message.
   */
  public String execute(String sql) {
    EmulatedStatement s = warehouse.submit(new EmulatedWarehouse.Submission(sql, java.util.Map.of(), null, null,
        java.util.Map.of(), 0, false));
    try {
      if (!s.awaitEnd(30_000)) {
        s.cancel();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      s.cancel();
    }
    return s.outcome() instanceof Outcome.Failure f ? "FAILED: " + f.message() : s.state();
  }

  /** Rows per result chunk. */
  public void chunkRows(int rows) {
    this.chunkRows = rows;
  }

  /** Adds this much to each statement's duration in the query history (a slower warehouse). */
  public void extraMillisPerStatement(long millis) {
    this.extraMillisPerStatement = millis;
  }

  /** The OAuth access tokens the token endpoint has issued. */
  public java.util.Set<String> issuedOAuthTokens() {
    return oauth.issuedTokens();
  }

  /** How many statements were submitted. */
  public int statementsSubmitted() {
    return warehouse.log().size();
  }

  /** The state of statement {@code id}, as a poll would see it (without using up a hold). */
  public String stateOf(String id) {
    return warehouse.statement(id).map(EmulatedStatement::state).orElse("UNKNOWN");
  }

  /** The query tags statement {@code id} was submitted with. */
  public java.util.Map<String, String> tagsOf(String id) {
    return warehouse.statement(id).map(s -> s.tags).orElse(java.util.Map.of());
  }

  /** A statement as the warehouse received it, with the state a poll would see now. */
  public record Submitted(String id, String sql, java.util.Map<String, String> tags, String state) {}

  /** Every statement submitted so far, in order. */
  public java.util.List<Submitted> statements() {
    return warehouse.log().stream().map(s -> new Submitted(s.id, s.sql, java.util.Map.copyOf(s.tags), s.state())).toList();
  }

  /** The duration the query history reports for statement {@code id}, or 0 while it runs. */
  public long historyMillis(String id) {
    return warehouse.statement(id).map(QueryHistoryPages::durationMillis).map(ms -> ms == null ? 0L : ms + extraMillisPerStatement)
        .orElse(0L);
  }

  String warehouseId() {
    return WAREHOUSE_ID;
  }

  int chunkRows() {
    return chunkRows;
  }

  long extraMillisPerStatement() {
    return extraMillisPerStatement;
  }

  EmulatedWarehouse warehouse() {
    return warehouse;
  }

  Faults faults() {
    return faults;
  }

  OAuthEndpoints oauth() {
    return oauth;
  }

  @Override
  public void close() {
    server.stop();
    warehouse.close();
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    ThreadLocalRandom.current().nextBytes(b);
    return b;
  }
}
