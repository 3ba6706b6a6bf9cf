package dev.rocky.cli.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.testkit.emulator.databricks.DatabricksEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Governance on an emulated Databricks: masking functions and {@code SET MASK}, tags and the grant
 * difference issued through the adapter, the masks read back from
 * {@code information_schema.column_masks}.
 */
class DatabricksGovernTest extends EmulatedGovernTest<DatabricksEmulator> {
  @Override
  String dialect() {
    return "databricks";
  }

  @Override
  DatabricksEmulator startEmulator() {
    return DatabricksEmulator.start();
  }

  @Override
  Path pointAt(Path fixture) throws IOException {
    return Governed.onDatabricks(fixture, emulator);
  }

  @Override
  void sql(String script) {
    Governed.sql(emulator, script);
  }

  @Override
  String drift() {
    return "REVOKE SELECT ON TABLE `default`.`people_mart` FROM `analysts`;"
        + " GRANT MODIFY ON TABLE `default`.`people_mart` TO `intruder`";
  }

  @Override
  int received() {
    return emulator.statements().size();
  }

  @Override
  List<String> issuedSince(int from) {
    return emulator.statements().subList(from, emulator.statements().size()).stream()
        .map(DatabricksEmulator.Submitted::sql).filter(sql -> !sql.contains("system.information_schema")).toList();
  }

  @Override
  Map<String, String> masksOn(String table) {
    return emulator.masksOn(DatabricksEmulator.CATALOG + ".default." + table);
  }

  @Override
  List<String> tagsOn(String table) {
    return emulator.tagsOn(DatabricksEmulator.CATALOG + ".default." + table);
  }

  @Override
  void loseMasks() {
    emulator.loseMasks(true);
    emulator.dropAllMasks();
  }

  @Test
  void aRunWhoseMasksDidNotApplyFailsOnTheirReadBack() throws IOException {
    seed();
    emulator.loseMasks(true);

    CliRun run = CliRun.run(project, "run");

    assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(2);
    assertThat(Json.mapper().readTree(run.out()).path("errors").toString()).contains("no mask is bound to the column");
  }
}
