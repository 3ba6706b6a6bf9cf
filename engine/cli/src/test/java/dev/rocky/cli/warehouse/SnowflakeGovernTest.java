package dev.rocky.cli.warehouse;

import dev.rocky.testkit.emulator.snowflake.SnowflakeEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Governance on an emulated Snowflake: masking policies and {@code SET MASKING POLICY}, tags and the
 * grant difference issued through the adapter, the policies read back from
 * {@code INFORMATION_SCHEMA.POLICY_REFERENCES}.
 */
class SnowflakeGovernTest extends EmulatedGovernTest<SnowflakeEmulator> {
  @Override
  String dialect() {
    return "snowflake";
  }

  @Override
  SnowflakeEmulator startEmulator() {
    return SnowflakeEmulator.start();
  }

  @Override
  Path pointAt(Path fixture) throws IOException {
    return Governed.onSnowflake(fixture, emulator);
  }

  @Override
  void sql(String script) {
    Governed.sql(emulator, script);
  }

  @Override
  String drift() {
    return "REVOKE SELECT ON TABLE \"PUBLIC\".\"people_mart\" FROM ROLE \"ANALYSTS\";"
        + " GRANT INSERT ON TABLE \"PUBLIC\".\"people_mart\" TO ROLE \"INTRUDER\"";
  }

  @Override
  int received() {
    return emulator.queries().size();
  }

  @Override
  List<String> issuedSince(int from) {
    return emulator.queries().subList(from, emulator.queries().size()).stream()
        .map(SnowflakeEmulator.Query::sql).filter(sql -> !sql.contains("FROM information_schema.columns")
            && !sql.contains("FROM information_schema.tables")).toList();
  }

  @Override
  Map<String, String> masksOn(String table) {
    return emulator.masksOn(SnowflakeEmulator.DATABASE.toLowerCase() + ".public." + table);
  }

  @Override
  List<String> tagsOn(String table) {
    return emulator.tagsOn(SnowflakeEmulator.DATABASE.toLowerCase() + ".public." + table);
  }

  @Override
  void loseMasks() {
    emulator.loseMasks(true);
    emulator.dropAllMasks();
  }
}
