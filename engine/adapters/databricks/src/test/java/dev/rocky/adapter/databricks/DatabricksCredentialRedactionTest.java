package dev.rocky.adapter.databricks;

import dev.rocky.core.config.Secret;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rocky.testkit.emulator.databricks.DatabricksEmulator;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.run.FailureKind;
import dev.rocky.core.run.Failures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No credential ever shows: not in a configuration's or adapter's toString, not in any exception
 * message, stack trace or suppressed cause, not in any log line, even when the server echoes it.
 */
class DatabricksCredentialRedactionTest {
  private static final String WRONG_PAT = "dapi0123456789abcdef0123456789abcdef";
  private static final Logger ROOT = Logger.getLogger("dev.rocky.adapter.databricks");

  private final List<String> output = new ArrayList<>();
  private final Handler capture = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      synchronized (output) {
        output.add(formatter.format(record));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private DatabricksEmulator emulator;
  private Level previous;

  @BeforeEach
  void start() {
    emulator = DatabricksEmulator.start();
    previous = ROOT.getLevel();
    ROOT.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    ROOT.addHandler(capture);
  }

  @AfterEach
  void stop() {
    ROOT.removeHandler(capture);
    ROOT.setLevel(previous);
    emulator.close();
  }

  @Test
  void noCredentialShowsInAnyMessageStackTraceOrLogLine() {
    DatabricksConfig good = DatabricksEmulatedContractTest.config(emulator)
        .withRetry(new dev.rocky.core.config.RetryConfig(1, 1L, 2L, 2.0, false, null, null, null));
    DatabricksConfig wrongPat = new DatabricksConfig(good.host(), good.warehouseId(), good.catalog(), null,
        new DatabricksAuth.Pat(Secret.of(WRONG_PAT)), good.timeout(), good.retry(), good.tuning());
    DatabricksConfig wrongSecret = new DatabricksConfig(good.host(), good.warehouseId(), good.catalog(), null,
        new DatabricksAuth.OAuthM2M(DatabricksEmulator.CLIENT_ID, Secret.of("dose-not-the-secret-0123456789")),
        good.timeout(), good.retry(), good.tuning());
    DatabricksConfig m2m = new DatabricksConfig(good.host(), good.warehouseId(), good.catalog(), null,
        new DatabricksAuth.OAuthM2M(DatabricksEmulator.CLIENT_ID, Secret.of(emulator.clientSecret())),
        good.timeout(), good.retry(), good.tuning());
    output.add(good.toString());
    output.add(wrongSecret.toString());
    output.add(DatabricksAdapterFactory.config(adapterConfig(emulator.pat())).toString());

    try (DatabricksAdapter adapter = DatabricksAdapter.open(wrongPat)) {
      output.add(adapter.toString());
      RockyException denied = failure(() -> adapter.query("SELECT 1"));
      assertThat(Failures.kind(denied)).isEqualTo(FailureKind.AUTH_FAILED);
    }
    try (DatabricksAdapter adapter = DatabricksAdapter.open(wrongSecret)) {
      assertThat(Failures.kind(failure(() -> adapter.query("SELECT 1")))).isEqualTo(FailureKind.AUTH_FAILED);
    }
    try (DatabricksAdapter adapter = DatabricksAdapter.open(m2m)) {
      adapter.query("SELECT 1 AS one");
      failure(() -> adapter.forModel("m").query("SELEC 1"));
    }
    try (DatabricksAdapter adapter = DatabricksAdapter.open(good)) {
      output.add(adapter.forModel("fct").toString());
      failure(() -> adapter.execute("SELECT * FROM rocky.main.missing"));
      emulator.throttleNextSubmits(5);
      failure(() -> adapter.execute("SELECT 1"));
      emulator.wireMock().stubFor(post(urlPathMatching("/api/2.0/sql/statements/?")).atPriority(1)
          .withRequestBody(containing("echo")).willReturn(aResponse().withStatus(400)
              .withHeader("Content-Type", "application/json")
              .withBody("{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"token " + emulator.pat()
                  + " rejected; Authorization: Bearer " + emulator.pat() + " \\\"access_token\\\": \\\"eyJabc.def\\\"\"}")));
      RockyException echoed = failure(() -> adapter.execute("SELECT 'echo'"));
      assertThat(echoed.getMessage()).contains("token ***");
    }

    emulator.wireMock().verify(postRequestedFor(urlPathEqualTo("/oidc/v1/token"))
        .withRequestBody(containing("grant_type=client_credentials")));
    emulator.wireMock().verify(postRequestedFor(urlPathMatching("/api/2.0/sql/statements/?"))
        .withHeader("Authorization", equalTo("Bearer " + emulator.issuedOAuthTokens().iterator().next())));
    List<String> secrets = new ArrayList<>(List.of(emulator.pat(), WRONG_PAT, emulator.clientSecret(),
        "dose-not-the-secret-0123456789", "eyJabc.def"));
    secrets.addAll(emulator.issuedOAuthTokens());
    assertThat(output).isNotEmpty();
    synchronized (output) {
      for (String line : output) {
        for (String secret : secrets) {
          assertThat(line).as("a message or log line").doesNotContain(secret);
        }
      }
    }
  }

  private RockyException failure(Runnable call) {
    RockyException e = catchThrowableOfType(RockyException.class, call::run);
    assertThat(e).as("the call fails").isNotNull();
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    synchronized (output) {
      output.add(e.getMessage());
      output.add(e.toString());
      output.add(trace.toString());
    }
    return e;
  }

  private AdapterConfig adapterConfig(String token) {
    return new AdapterConfig("databricks", null, emulator.host().toString(), "/sql/1.0/warehouses/" + DatabricksEmulator.WAREHOUSE_ID,
        token, null, null, 30L, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, Map.of("catalog", DatabricksEmulator.CATALOG), null);
  }

}
