package dev.rocky.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.RockyType;
import dev.rocky.testkit.InMemoryProjectSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reading of {@code sources/*.toml} gives exactly the strictly bound tables, or steps aside. */
class FastSourcesTest {
  private static final String FILE = "sources/raw.toml";

  private static TomlDocument doc(String text) {
    InMemoryProjectSource source = new InMemoryProjectSource("/p").put(FILE, text);
    return new TomlFiles(source, Map.of(), ProjectLoader.MAPPER, new Findings()).readLiteral(FILE, DiagnosticCode.V030)
        .orElseThrow();
  }

  private static List<SourceTable> bound(String text) {
    InMemoryProjectSource source = new InMemoryProjectSource("/p").put(FILE, text);
    Findings findings = new Findings();
    TomlFiles toml = new TomlFiles(source, Map.of(), ProjectLoader.MAPPER, findings);
    return new SourcesLoader(source, toml, new Binder(ProjectLoader.MAPPER, findings), findings).boundTables(doc(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      """
      # raw tables
      [[table]]
      schema = "raw"
      name = "orders"
      columns = [
        { name = "id", type = "BIGINT", nullable = false },
        { name = "amount", type = "DECIMAL(12,4)" },
        { name = "tags", type = "VARCHAR[]", nullable = true },
      ]

        [[ table ]]   # indented, spaced
      catalog = "lake"
      schema = "raw"
      name = "customers"
      columns = [{ name = "id", type = "INTEGER" }]
      """,
      """
      [[table]]
      schema = "raw"
      name = "empty"
      columns = []
      """})
  void readsTheUsualShapeLikeTheBinder(String text) {
    Map<String, Optional<RockyType>> memo = new HashMap<>();
    List<SourceTable> fast = FastSources.tables(doc(text), memo);
    assertThat(fast).isNotNull();
    assertThat(fast).isEqualTo(bound(text));
    assertThat(fast).extracting(SourceTable::line).doesNotContain(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[[table]]\nschema = \"raw\"\nname = \"t\"\ncolumns = [{ name = \"id\", type = \"NOPE\" }]\n",
      "[[table]]\nschema = \"raw\"\nname = \"t\"\ncolumns = [{ name = \"id\", type = \"INT\", nullable = \"no\" }]\n",
      "[[table]]\nschema = \"raw\"\nname = \"t\"\nextra = 1\ncolumns = []\n",
      "[[table]]\nschema = \"raw\"\ncolumns = []\n",
      "[[table]]\nschema = 1\nname = \"t\"\ncolumns = []\n",
      "table = [{ schema = \"raw\", name = \"t\", columns = [] }]\n",
      "[[table]]\nschema = \"raw\"\nname = \"t\"\ncolumns = []\n[other]\nx = 1\n",
      "[[table]]\nschema = \"raw\"\nname = \"\"\"t\"\"\"\ncolumns = []\n",
  })
  void stepsAsideForAnythingElse(String text) {
    assertThat(FastSources.tables(doc(text), new HashMap<>())).isNull();
  }
}
