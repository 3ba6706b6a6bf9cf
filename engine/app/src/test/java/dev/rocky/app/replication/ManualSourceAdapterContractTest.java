package dev.rocky.app.replication;

import dev.rocky.core.config.AdapterConfig.ManualSchema;
import dev.rocky.core.port.SourceAdapter;
import dev.rocky.core.source.ManualSourceAdapter;
import dev.rocky.testkit.contract.SourceAdapterContract;
import java.util.List;

/** The manual source adapter (tables declared in rocky.toml) against the shared contract. */
class ManualSourceAdapterContractTest extends SourceAdapterContract {

  @Override
  protected SourceAdapter createAdapterWithSources() {
    return new ManualSourceAdapter(List.of(
        new ManualSchema("other", List.of("ignored")),
        new ManualSchema("src__globex__crm", List.of("contacts")),
        new ManualSchema("src__acme__shop", List.of("orders", "customers"))));
  }

  @Override
  protected String expectedSourceType() {
    return "manual";
  }
}
