package dev.rocky.adapter.fivetran;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.source.DiscoveredSource;
import dev.rocky.core.source.DiscoveredTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Discovery against a WireMock server replaying Fivetran's documented answers. */
class FivetranSourceAdapterTest {
  private static final String KEY = "k3y-Zq81xv";
  private static final String SECRET = "s3cr3t-9dP0aWm";
  private static final String GROUP = "projected_sickle";
  private WireMockServer api;

  @BeforeEach
  void start() {
    api = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    api.start();
  }

  @AfterEach
  void stop() {
    api.stop();
  }

  private static String resource(String name) {
    try (var in = FivetranSourceAdapterTest.class.getResourceAsStream("/fivetran/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private FivetranSourceAdapter adapter(String baseUrl, Map<String, String> env, String key, String secret) {
    AdapterConfig config = new AdapterConfig("fivetran", AdapterConfig.Kind.DISCOVERY, null, null, null, null, null, 5L,
        null, null, null, null, null, null, null, null, null, null, null, null, GROUP, key, secret, null, null, null,
        null, null, Map.of("base_url", baseUrl), null);
    return FivetranSourceAdapter.of("fivetran", config, env);
  }

  private FivetranSourceAdapter adapter() {
    return adapter(api.baseUrl(), Map.of(), KEY, SECRET);
  }

  private void stubDocumentedAnswers() {
    api.stubFor(get(urlPathEqualTo("/v1/groups/" + GROUP + "/connections")).withQueryParam("cursor", equalTo("eyJza2lwIjoyfQ"))
        .willReturn(okJson(resource("connections-page2.json"))));
    api.stubFor(get(urlPathEqualTo("/v1/groups/" + GROUP + "/connections")).atPriority(10)
        .willReturn(okJson(resource("connections-page1.json"))));
    api.stubFor(get(urlPathEqualTo("/v1/connections/decent_dropsy/schemas")).willReturn(okJson(resource("schemas-shopify.json"))));
    api.stubFor(get(urlPathEqualTo("/v1/connections/bulky_acorn/schemas")).willReturn(okJson(resource("schemas-pg.json"))));
  }

  @Test
  void listsTheEnabledTablesOfEveryConnectionWhoseSchemaHasThePrefixAcrossPages() {
    stubDocumentedAnswers();

    List<DiscoveredSource> sources = adapter().discover("src__");

    assertThat(sources).extracting(DiscoveredSource::schema)
        .containsExactly("src__acme__shopify", "src__globex__pg_billing", "src__globex__pg_public");
    DiscoveredSource shopify = sources.getFirst();
    assertThat(shopify.id()).isEqualTo("decent_dropsy");
    assertThat(shopify.sourceType()).isEqualTo("fivetran");
    assertThat(shopify.lastSyncAt()).isEqualTo(Instant.parse("2026-03-01T06:15:00Z"));
    assertThat(shopify.tables()).extracting(DiscoveredTable::name).containsExactly("customers", "orders");
    assertThat(sources.get(1).id()).isEqualTo("bulky_acorn.billing");
    assertThat(sources.get(1).tables()).extracting(DiscoveredTable::name).containsExactly("invoices");
    api.verify(getRequestedFor(urlPathEqualTo("/v1/groups/" + GROUP + "/connections"))
        .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
            .encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8)))));
    api.verify(0, getRequestedFor(urlPathEqualTo("/v1/connections/unrelated_widget/schemas")));
  }

  @Test
  void credentialsMayComeFromTheEnvironment() {
    stubDocumentedAnswers();
    FivetranSourceAdapter fromEnv = adapter(api.baseUrl(), Map.of("FIVETRAN_API_KEY", KEY, "FIVETRAN_API_SECRET", SECRET), null, null);
    assertThat(fromEnv.discover("src__acme")).hasSize(1);
    assertThatThrownBy(() -> adapter(api.baseUrl(), Map.of(), KEY, null))
        .isInstanceOf(RockyException.class)
        .hasMessageContaining("has no api_secret")
        .extracting(e -> ((RockyException) e).code()).isEqualTo(FivetranErrorCode.FIVETRAN_INVALID_CONFIG);
  }

  @Test
  void anErrorStatusIsACodedErrorNamingTheStatus() {
    api.stubFor(get(urlPathEqualTo("/v1/groups/" + GROUP + "/connections")).willReturn(aResponse().withStatus(503)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\":\"ServiceUnavailable\",\"message\":\"Service is temporarily unavailable\"}")));
    assertThatThrownBy(() -> adapter().discover("src__"))
        .isInstanceOf(RockyException.class)
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("Service is temporarily unavailable")
        .satisfies(e -> {
          RockyException r = (RockyException) e;
          assertThat(r.code()).isEqualTo(FivetranErrorCode.FIVETRAN_UNAVAILABLE);
          assertThat(r.type()).isEqualTo(ErrorType.EXTERNAL);
        });

    api.stubFor(get(urlPathEqualTo("/v1/groups/" + GROUP + "/connections")).willReturn(aResponse().withStatus(401)
        .withBody("{\"code\":\"AuthFailed\",\"message\":\"Missing or invalid credentials\"}")));
    assertThatThrownBy(() -> adapter().discover("src__")).hasMessageContaining("HTTP 401")
        .extracting(e -> ((RockyException) e).code()).isEqualTo(FivetranErrorCode.FIVETRAN_AUTH_FAILED);
  }

  @Test
  void anUnreachableApiIsAnExternalError() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    assertThatThrownBy(() -> adapter("http://127.0.0.1:" + port, Map.of(), KEY, SECRET).discover("src__"))
        .isInstanceOf(RockyException.class)
        .hasMessageContaining("is unreachable")
        .extracting(e -> ((RockyException) e).type()).isEqualTo(ErrorType.EXTERNAL);
  }

  @Test
  void theKeyAndSecretNeverAppearInMessagesOrDescriptions() throws IOException {
    String encoded = Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    List<String> texts = new java.util.ArrayList<>();
    api.stubFor(get(urlPathEqualTo("/v1/groups/" + GROUP + "/connections")).willReturn(aResponse().withStatus(403)
        .withBody("{\"code\":\"Forbidden\",\"message\":\"Not allowed\"}")));
    collect(texts, () -> adapter().discover("src__"));
    api.stubFor(get(urlPathEqualTo("/v1/groups/" + GROUP + "/connections")).willReturn(aResponse().withStatus(200)
        .withBody("not json at all")));
    collect(texts, () -> adapter().discover("src__"));
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    int closed = port;
    collect(texts, () -> adapter("http://127.0.0.1:" + closed, Map.of(), KEY, SECRET).discover("src__"));
    collect(texts, () -> adapter(api.baseUrl(), Map.of(), KEY, " ").discover("src__"));
    texts.add(adapter().toString());
    texts.add(new FivetranCredentials(KEY, SECRET).toString());
    AdapterConfig config = new AdapterConfig("fivetran", AdapterConfig.Kind.DISCOVERY, null, null, null, null, null, 5L,
        null, null, null, null, null, null, null, null, null, null, null, null, GROUP, KEY, SECRET, null, null, null,
        null, null, Map.of(), null);
    texts.add(config.toString());

    assertThat(texts).hasSize(7).allSatisfy(text -> assertThat(text)
        .doesNotContain(KEY).doesNotContain(SECRET).doesNotContain(encoded));
  }

  private static void collect(List<String> texts, Runnable action) {
    try {
      action.run();
      texts.add("no error");
    } catch (RuntimeException e) {
      StringBuilder all = new StringBuilder();
      for (Throwable t = e; t != null; t = t.getCause()) {
        all.append(t).append('\n');
        for (StackTraceElement s : t.getStackTrace()) {
          all.append(s).append('\n');
        }
      }
      texts.add(all.toString());
    }
  }
}
