package dev.rocky.adapter.databricks;

import dev.rocky.core.config.Secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DatabricksAdapterFactoryTest {

  private static AdapterConfig block(@Nullable String host, @Nullable String httpPath, @Nullable String token,
      @Nullable String clientId, @Nullable String clientSecret, Map<String, Object> extra) {
    return new AdapterConfig("databricks", null, host, httpPath, token, clientId, clientSecret, 300L, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, extra, null);
  }

  @Test
  void anAdapterBlockBecomesAConfigWithTheWarehouseFromHttpPath() {
    DatabricksConfig config = DatabricksAdapterFactory.config(block("adb-123.4.azuredatabricks.net",
        "/sql/1.0/warehouses/abc123", "dapi0123", null, null, Map.of("catalog", "analytics", "max_concurrency", 6)));

    assertThat(config.host()).hasToString("https://adb-123.4.azuredatabricks.net");
    assertThat(config.warehouseId()).isEqualTo("abc123");
    assertThat(config.catalog()).isEqualTo("analytics");
    assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(300));
    assertThat(config.auth()).isInstanceOf(DatabricksAuth.Pat.class);
    assertThat(config.tuning().maxConcurrency()).isEqualTo(6);
    assertThat(config.tuning().initialConcurrency()).isEqualTo(4);
  }

  @Test
  void aPatWinsOverClientCredentialsWhichAreTheFallback() {
    assertThat(DatabricksAdapterFactory.auth("dapi1", "id", "secret")).isInstanceOf(DatabricksAuth.Pat.class);
    assertThat(DatabricksAdapterFactory.auth(null, "id", "secret"))
        .isEqualTo(new DatabricksAuth.OAuthM2M("id", Secret.of("secret")));
  }

  @Test
  void missingPiecesAreUserErrorsThatSayWhatToWrite() {
    assertThatThrownBy(() -> DatabricksAdapterFactory.config(block(null, "/sql/1.0/warehouses/a", "t", null, null, Map.of())))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.USER_ERROR))
        .hasMessageContaining("host");
    assertThatThrownBy(() -> DatabricksAdapterFactory.config(block("h.net", "/sql/1.0/clusters/x/y", "t", null, null, Map.of())))
        .hasMessageContaining("http_path");
    assertThatThrownBy(() -> DatabricksAdapterFactory.config(block("h.net", "/sql/1.0/warehouses/a", null, "id", null, Map.of())))
        .hasMessageContaining("client_id and client_secret");
  }

  @Test
  void theEnvironmentOfTheDatabricksToolsIsUnderstood() {
    DatabricksConfig config = DatabricksAdapterFactory.fromEnvironment(Map.of("DATABRICKS_HOST", "https://x.cloud.databricks.com",
        "DATABRICKS_WAREHOUSE_ID", "w1", "DATABRICKS_CLIENT_ID", "sp", "DATABRICKS_CLIENT_SECRET", "dose1"));
    assertThat(config.warehouseId()).isEqualTo("w1");
    assertThat(config.auth()).isInstanceOf(DatabricksAuth.OAuthM2M.class);
    assertThat(config.toString()).doesNotContain("dose1");
  }
}
