package dev.rocky.adapter.duckdb;

import dev.rocky.core.port.SourceAdapter;
import dev.rocky.core.source.DiscoveredSource;
import dev.rocky.testkit.contract.SourceAdapterContract;
import java.util.List;

/** Discovery through DuckDB's information_schema against the shared contract. */
class DuckDbSourceAdapterContractTest extends SourceAdapterContract {

  @Override
  protected SourceAdapter createAdapterWithSources() {
    DuckDbAdapter db = DuckDbAdapter.inMemory();
    db.execute("CREATE SCHEMA src__acme__shop");
    db.execute("CREATE TABLE src__acme__shop.orders (id INTEGER)");
    db.execute("CREATE TABLE src__acme__shop.customers (id INTEGER)");
    db.execute("CREATE SCHEMA src__globex__crm");
    db.execute("CREATE TABLE src__globex__crm.contacts (id INTEGER)");
    db.execute("CREATE SCHEMA other");
    db.execute("CREATE TABLE other.ignored (id INTEGER)");
    DuckDbSourceAdapter discovery = new DuckDbSourceAdapter(db);
    return new SourceAdapter() {
      @Override
      public String sourceType() {
        return discovery.sourceType();
      }

      @Override
      public List<DiscoveredSource> discover(String schemaPrefix) {
        return discovery.discover(schemaPrefix);
      }

      @Override
      public void close() {
        db.close();
      }
    };
  }

  @Override
  protected String expectedSourceType() {
    return "duckdb";
  }
}
