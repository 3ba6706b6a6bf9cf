package dev.rocky.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast binding of a sidecar gives exactly the strictly bound {@link SidecarToml}, or steps aside. */
class FastSidecarTest {
  private static final String FILE = "models/m.toml";

  private static TomlDocument doc(String text) {
    InMemoryProjectSource source = new InMemoryProjectSource("/p").put(FILE, text);
    return new TomlFiles(source, Map.of(), ProjectLoader.MAPPER, new Findings()).read(FILE, DiagnosticCode.V030)
        .orElseThrow();
  }

  private static SidecarToml bound(String text, Findings findings) {
    TomlDocument doc = doc(text);
    return new Binder(ProjectLoader.MAPPER, findings)
        .bind(doc.root(), SidecarToml.class, new Binder.Site(doc, List.of(), DiagnosticCode.V030))
        .orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "[strategy]\ntype = \"incremental\"\ntimestamp_column = \"updated_at\"\n\n[target]\nschema = \"staging\"\n",
      "[strategy]\ntype = \"full_refresh\"\n\n[target]\nschema = \"marts\"\n",
      "[strategy]\ntype = \"merge\"\nunique_key = [\"id\"]\n\n[target]\nschema = \"source\"\n",
      "[strategy]\ntype = \"merge\"\nunique_key = [\"id\", \"day\"]\nupdate_columns = [\"amount\"]\n",
      "[strategy]\ntype = \"merge\"\nunique_key = []\nupdate_columns = []\n",
      "strategy = { type = \"ephemeral\" }\n",
      "strategy = { type = \"view\" }\n",
      "strategy = { type = \"materialized_view\" }\n",
      """
      name = "orders_v2"
      depends_on = ["customers", "payments"]
      adapter = "local"
      intent = "orders, one row each"
      group = "sales"
      retention = "30d"

      [target]
      catalog = "lake"
      schema = "sales"
      table = "orders"
      """,
      "name = \"\"\ndepends_on = []\n[target]\n",
  })
  void bindsTheUsualShapeLikeTheBinder(String text) {
    Findings findings = new Findings();
    SidecarToml strict = bound(text, findings);
    assertThat(findings.all()).isEmpty();
    assertThat(FastSidecar.bind(doc(text).root())).isNotNull().isEqualTo(strict);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "name = 1\n",
      "depends_on = \"a\"\n",
      "depends_on = [\"a\", 1]\n",
      "unknown = \"x\"\n",
      "[tags]\nowner = \"me\"\n",
      "[strategy]\ntype = \"incremental\"\n",
      "[strategy]\ntype = \"incremental\"\ntimestamp_column = \"t\"\nextra = 1\n",
      "[strategy]\ntype = \"full_refresh\"\nunique_key = [\"id\"]\n",
      "[strategy]\ntype = \"merge\"\nunique_key = \"id\"\n",
      "[strategy]\ntype = \"merge\"\n",
      "[strategy]\ntype = \"time_interval\"\ntime_column = \"t\"\ngranularity = \"day\"\n",
      "[strategy]\ntype = \"Full_Refresh\"\n",
      "[strategy]\ntimestamp_column = \"t\"\n",
      "strategy = \"full_refresh\"\n",
      "[target]\nschema = 1\n",
      "[target]\nschema = \"s\"\nname = \"t\"\n",
      "target = \"s.t\"\n",
  })
  void stepsAsideForAnythingElse(String text) {
    assertThat(FastSidecar.bind(doc(text).root())).isNull();
  }
}
