package dev.rocky.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rocky load} and {@code rocky seed} on a real DuckDB, with files the test writes (Parquet through DuckDB's COPY). */
class LoadCommandTest {
  @TempDir Path dir;

  @BeforeEach
  void project() throws Exception {
    Files.writeString(dir.resolve("rocky.toml"), """
        [adapter.local]
        type = "duckdb"
        path = "warehouse.duckdb"

        [pipeline.main]
        type = "transformation"

        [pipeline.main.target]
        adapter = "local"
        """);
    Files.createDirectories(dir.resolve("data"));
  }

  private Path db() {
    return dir.resolve("warehouse.duckdb");
  }

  private List<List<Object>> query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db()); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private long count(String table) throws Exception {
    return ((Number) query("SELECT count(*) FROM " + table).getFirst().getFirst()).longValue();
  }

  private List<String> tables() throws Exception {
    if (!Files.exists(db())) {
      return List.of();
    }
    return query("SELECT table_schema || '.' || table_name FROM information_schema.tables ORDER BY 1").stream()
        .map(r -> (String) r.getFirst()).toList();
  }

  /** 3 CSV rows, 5 Parquet rows (written by DuckDB), 4 JSON lines. */
  private void writeThreeFormats() throws Exception {
    Files.writeString(dir.resolve("data/customers.csv"), """
        id,name,signed_up
        1,Ana,2024-01-05
        2,"Bo, Jr.",2024-02-11
        3,Cy,2024-03-20
        """);
    Path parquet = dir.resolve("data/orders.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("COPY (SELECT g.generate_series AS id, g.generate_series * 2.5 AS amount FROM generate_series(1, 5) AS g)"
          + " TO '" + parquet + "' (FORMAT parquet)");
    }
    Files.writeString(dir.resolve("data/events.jsonl"), """
        {"id": 1, "kind": "click", "at": "2024-01-01T10:00:00"}
        {"id": 2, "kind": "view", "at": "2024-01-01T10:05:00"}
        {"id": 3, "kind": "click", "at": "2024-01-01T11:00:00"}
        {"id": 4, "kind": "buy", "at": "2024-01-02T09:30:00"}
        """);
    Files.writeString(dir.resolve("data/README.txt"), "not loaded: no known extension\n");
  }

  @Test
  void aDirectoryOfCsvParquetAndJsonLinesFilesLoadsEachIntoItsTableWithItsRowCount() throws Exception {
    writeThreeFormats();

    CliRun run = CliRun.run(dir, "load", "data", "--target", "raw", "--create");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode out = Json.mapper().readTree(run.out());
    assertThat(out.path("command").asText()).isEqualTo("load");
    JsonNode files = out.path("files");
    assertThat(files).hasSize(3);
    assertThat(files.findValuesAsText("file")).containsExactly("data/customers.csv", "data/events.jsonl",
        "data/orders.parquet");
    assertThat(files.findValuesAsText("format")).containsExactly("csv", "jsonl", "parquet");
    assertThat(files.findValuesAsText("target")).containsExactly("raw.customers", "raw.events", "raw.orders");
    assertThat(files.findValues("rows")).extracting(JsonNode::asLong).containsExactly(3L, 4L, 5L);
    assertThat(out.path("rows_loaded").asLong()).isEqualTo(12);
    assertThat(count("raw.customers")).isEqualTo(3);
    assertThat(count("raw.events")).isEqualTo(4);
    assertThat(count("raw.orders")).isEqualTo(5);
    assertThat(query("SELECT name FROM raw.customers WHERE id = 2").getFirst().getFirst()).isEqualTo("Bo, Jr.");
    assertThat(query("SELECT typeof(signed_up) FROM raw.customers LIMIT 1").getFirst().getFirst()).isEqualTo("DATE");
    assertThat(query("SELECT sum(amount) FROM raw.orders").getFirst().getFirst().toString()).startsWith("37.5");
    assertThat(tables()).as("no staging table is left").containsExactly("raw.customers", "raw.events", "raw.orders");

    CliRun table = CliRun.run(dir, "-o", "table", "load", "data/customers.csv", "--target", "raw.customers");
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out()).contains("data/customers.csv", "raw.customers", "loaded 3 rows from 1 file");
    assertThat(count("raw.customers")).as("appended").isEqualTo(6);
  }

  @Test
  void truncateEmptiesTheTargetOnceAndFormatOverridesTheExtension() throws Exception {
    Files.writeString(dir.resolve("data/a.txt"), "id,v\n1,x\n2,y\n");
    Files.writeString(dir.resolve("data/b.txt"), "id,v\n3,z\n");

    CliRun first = CliRun.run(dir, "load", "data", "--format", "csv", "--target", "raw.letters", "--create");
    assertThat(first.exitCode()).as(first.err()).isZero();
    CliRun again = CliRun.run(dir, "load", "data", "--format", "csv", "--target", "raw.letters", "--truncate");
    assertThat(again.exitCode()).as(again.err()).isZero();

    assertThat(count("raw.letters")).as("emptied before a.txt, not again before b.txt").isEqualTo(3);
  }

  @Test
  void aMalformedCsvNamesTheFileAndLineAndLoadsNothing() throws Exception {
    writeThreeFormats();
    Files.writeString(dir.resolve("data/payments.csv"), """
        id,amount,method
        1,10.5,card
        2,3.0,cash
        3,7.25,card,extra
        4,1.0,card
        """);

    CliRun run = CliRun.run(dir, "load", "data", "--target", "raw", "--create");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error[load_malformed_file]: data/payments.csv:4: not a valid csv file:"
        + " expected 3 columns, found 4; the row reads: 3,7.25,card,extra; nothing was loaded");
    assertThat(run.err()).contains("fix the row at that line").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(tables()).as("nothing partial: not even the files that read cleanly").isEmpty();
  }

  @Test
  void anUnterminatedQuoteAndBadJsonAreReportedWithTheirLines() throws Exception {
    Files.writeString(dir.resolve("data/notes.csv"), "id,note\n1,ok\n2,\"never closed\n3,fine\n");
    CliRun csv = CliRun.run(dir, "load", "data/notes.csv", "--create");
    assertThat(csv.exitCode()).isEqualTo(1);
    assertThat(csv.err()).startsWith("error[load_malformed_file]: data/notes.csv:3: not a valid csv file:"
        + " a quoted value is never closed");

    Files.writeString(dir.resolve("data/clicks.jsonl"), "{\"id\": 1}\n{\"id\": 2\n{\"id\": 3}\n");
    CliRun json = CliRun.run(dir, "load", "data/clicks.jsonl", "--create");
    assertThat(json.exitCode()).isEqualTo(1);
    assertThat(json.err()).startsWith("error[load_malformed_file]: data/clicks.jsonl:").contains("malformed JSON");
    assertThat(tables()).isEmpty();
  }

  @Test
  void aMissingTableWithoutCreateAndAnUnknownFormatAreClearErrors() throws Exception {
    Files.writeString(dir.resolve("data/x.csv"), "id\n1\n");
    CliRun missing = CliRun.run(dir, "load", "data/x.csv", "--target", "raw.x");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).startsWith("error[load_target_missing]: table raw.x does not exist (loading data/x.csv)")
        .contains("--create");

    Files.writeString(dir.resolve("data/y.dat"), "id\n1\n");
    CliRun unknown = CliRun.run(dir, "load", "data/y.dat");
    assertThat(unknown.err()).startsWith("error[load_unknown_format]: cannot tell the format of data/y.dat");
    assertThat(CliRun.run(dir, "load", "data/x.csv", "--format", "xml").err())
        .startsWith("error[load_unknown_format]: unknown format 'xml'");
    assertThat(CliRun.run(dir, "load", "nowhere").err()).startsWith("error[load_no_files]: no file or directory");
  }

  @Test
  void seedLoadsSeedsCsvWithSidecarTargetTypesAndSql() throws Exception {
    Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(dir.resolve("seeds/countries.csv"), "code,name,population\nFR,France,68\nXX,Nowhere,0\nJP,Japan,124\n");
    Files.writeString(dir.resolve("seeds/countries.toml"), """
        pre_hook = ["CREATE SCHEMA IF NOT EXISTS ref"]
        post_hook = ["DELETE FROM ref.country_codes WHERE code = 'XX'"]

        [target]
        schema = "ref"
        table = "country_codes"

        [column_types]
        population = "DOUBLE"
        """);
    Files.writeString(dir.resolve("seeds/channels.csv"), "id,channel\n1,web\n2,store\n");

    CliRun run = CliRun.run(dir, "seed");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode out = Json.mapper().readTree(run.out());
    assertThat(out.path("command").asText()).isEqualTo("seed");
    assertThat(out.path("files").findValuesAsText("target")).containsExactlyInAnyOrder("ref.country_codes", "main.channels");
    assertThat(count("ref.country_codes")).as("the post_hook removed XX").isEqualTo(2);
    assertThat(query("SELECT typeof(population) FROM ref.country_codes LIMIT 1").getFirst().getFirst()).isEqualTo("DOUBLE");
    assertThat(count("main.channels")).isEqualTo(2);

    Files.writeString(dir.resolve("seeds/channels.csv"), "id,channel\n1,web\n");
    CliRun filtered = CliRun.run(dir, "seed", "--filter", "channels");
    assertThat(filtered.exitCode()).as(filtered.err()).isZero();
    assertThat(count("main.channels")).as("a seed replaces its table").isEqualTo(1);
    assertThat(CliRun.run(dir, "seed", "--filter", "nope").err()).startsWith("error[usage]: no seed named 'nope'");
  }
}
