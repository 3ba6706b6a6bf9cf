package dev.rocky.app.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.planner.replay.TravelPoint;
import dev.rocky.planner.sql.TableName;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Delta versions and Time Travel instants in the input identity, next to (and without changing) Parquet snapshots. */
class TravelIdentityTest {
  private static final TableName ORDERS = new TableName(null, "raw", "orders");

  @Test
  void aParquetSnapshotHashesAsItDidBeforeVersionsAndInstantsExisted() {
    Provenance.Snapshot parquet = new Provenance.Snapshot(ORDERS, null, "a".repeat(64), 3L,
        List.of(new Provenance.Column("id", "INTEGER")), null);

    assertThat(new String(CanonicalJson.bytes(parquet), StandardCharsets.UTF_8)).isEqualTo("{\"artifact\":\"" + "a".repeat(64)
        + "\",\"columns\":[{\"name\":\"id\",\"type\":\"INTEGER\"}],\"rows\":3,\"table\":{\"schema\":\"raw\",\"table\":\"orders\"}}");
  }

  @Test
  void versionsAndInstantsAreInputIdentitiesAndChangeTheInputHash() {
    Provenance.Snapshot v12 = Provenance.Snapshot.travel(ORDERS, null, new TravelPoint.Version(12));
    Provenance.Snapshot v13 = Provenance.Snapshot.travel(ORDERS, null, new TravelPoint.Version(13));
    Provenance.Snapshot at = Provenance.Snapshot.travel(ORDERS, null, new TravelPoint.At(Instant.parse("2026-01-05T12:00:01Z")));

    assertThat(new String(CanonicalJson.bytes(v12), StandardCharsets.UTF_8))
        .isEqualTo("{\"columns\":[],\"table\":{\"schema\":\"raw\",\"table\":\"orders\"},\"version\":12}");
    assertThat(new String(CanonicalJson.bytes(at), StandardCharsets.UTF_8)).contains("\"as_of\":\"2026-01-05T12:00:01Z\"");
    assertThat(hash(v12)).isNotEqualTo(hash(v13)).isNotEqualTo(hash(at)).matches("[0-9a-f]{64}");
    assertThat(Provenance.proofClass(List.of(v12, at), null)).isEqualTo("strong");
    assertThat(v12.travelPoint()).isEqualTo(new TravelPoint.Version(12));
  }

  @Test
  void anUnidentifiedInputIsHeuristicAndASnapshotHasOneIdentity() {
    Provenance.Snapshot none = new Provenance.Snapshot(ORDERS, null, null, null, List.of(), "its version could not be read");
    assertThat(Provenance.proofClass(List.of(none), null)).isEqualTo("heuristic");
    assertThatThrownBy(() -> new Provenance.Snapshot(ORDERS, null, "a".repeat(64), null, List.of(), null, 3L, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CanonicalJson.read(CanonicalJson.bytes(none), Provenance.Snapshot.class)).isEqualTo(none);
  }

  private static String hash(Provenance.Snapshot s) {
    return new Provenance.InputIdentity(List.of(s), null, null).hash();
  }
}
