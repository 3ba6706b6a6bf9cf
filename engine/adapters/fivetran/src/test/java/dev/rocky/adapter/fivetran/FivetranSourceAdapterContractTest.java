package dev.rocky.adapter.fivetran;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.port.SourceAdapter;
import dev.rocky.core.source.DiscoveredSource;
import dev.rocky.testkit.contract.SourceAdapterContract;
import java.util.List;
import java.util.Map;

/** The Fivetran adapter against the shared contract, its API replayed by WireMock. */
class FivetranSourceAdapterContractTest extends SourceAdapterContract {

  private static String connection(String id, String schema) {
    return "{\"id\":\"" + id + "\",\"group_id\":\"grp\",\"service\":\"postgres\",\"schema\":\"" + schema
        + "\",\"paused\":false,\"succeeded_at\":\"2026-03-01T00:00:00.000000Z\",\"status\":{\"setup_state\":\"connected\"}}";
  }

  private static String schemas(String name, String... tables) {
    StringBuilder t = new StringBuilder();
    for (String table : tables) {
      t.append(t.isEmpty() ? "" : ",").append("\"").append(table).append("\":{\"name_in_destination\":\"")
          .append(table).append("\",\"enabled\":true,\"columns\":{}}");
    }
    return "{\"code\":\"Success\",\"data\":{\"schema_change_handling\":\"ALLOW_ALL\",\"schemas\":{\"" + name
        + "\":{\"name_in_destination\":\"" + name + "\",\"enabled\":true,\"tables\":{" + t + "}}}}}";
  }

  @Override
  protected SourceAdapter createAdapterWithSources() {
    WireMockServer api = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
    api.start();
    api.stubFor(get(urlPathEqualTo("/v1/groups/grp/connections")).willReturn(okJson("{\"code\":\"Success\",\"data\":{\"items\":["
        + connection("c_other", "other") + "," + connection("c_globex", "src__globex__crm") + ","
        + connection("c_acme", "src__acme__shop") + "]}}")));
    api.stubFor(get(urlPathEqualTo("/v1/connections/c_acme/schemas")).willReturn(okJson(schemas("shop", "orders", "customers"))));
    api.stubFor(get(urlPathEqualTo("/v1/connections/c_globex/schemas")).willReturn(okJson(schemas("crm", "contacts"))));
    api.stubFor(get(urlPathEqualTo("/v1/connections/c_other/schemas")).willReturn(okJson(schemas("x", "ignored"))));
    AdapterConfig config = new AdapterConfig("fivetran", AdapterConfig.Kind.DISCOVERY, null, null, null, null, null, 5L,
        null, null, null, null, null, null, null, null, null, null, null, null, "grp", "key", "secret", null, null, null,
        null, null, Map.of("base_url", api.baseUrl()), null);
    FivetranSourceAdapter adapter = FivetranSourceAdapter.of("fivetran", config, Map.of());
    return new SourceAdapter() {
      @Override
      public String sourceType() {
        return adapter.sourceType();
      }

      @Override
      public List<DiscoveredSource> discover(String schemaPrefix) {
        return adapter.discover(schemaPrefix);
      }

      @Override
      public void close() {
        api.stop();
      }
    };
  }

  @Override
  protected String expectedSourceType() {
    return "fivetran";
  }
}
