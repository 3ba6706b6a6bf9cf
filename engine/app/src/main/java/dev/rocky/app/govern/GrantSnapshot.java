package dev.rocky.app.govern;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rocky.core.error.RockyException;
import dev.rocky.planner.govern.GrantSql.Held;
import java.util.List;
import java.util.Locale;

/**
 * A snapshot of the current grants, to plan against without the warehouse (in CI, or before an
 * adapter is available): {@code {"grants": [{"on": "catalog|schema|table", "securable":
 * "analytics.marts", "principal": "analysts", "privilege": "SELECT"}]}}. Securables are matched by
 * kind and dotted name, case-insensitively.
 */
public record GrantSnapshot(@JsonProperty("grants") List<Entry> grants) {

  public GrantSnapshot {
    grants = grants == null ? List.of() : List.copyOf(grants);
  }

  public record Entry(
      @JsonProperty(value = "on", required = true) String on,
      @JsonProperty(value = "securable", required = true) String securable,
      @JsonProperty(value = "principal", required = true) String principal,
      @JsonProperty(value = "privilege", required = true) String privilege) {}

  public static GrantSnapshot parse(String json) {
    try {
      return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
          .readValue(json, GrantSnapshot.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new RockyException(GovernErrorCode.GOVERN_INVALID_SNAPSHOT, "the grants snapshot cannot be read: "
          + e.getOriginalMessage());
    }
  }

  public GrantReader reader() {
    return on -> grants.stream()
        .filter(e -> e.on().equalsIgnoreCase(on.kind()) && e.securable().toLowerCase(Locale.ROOT)
            .equals(on.display().toLowerCase(Locale.ROOT)))
        .map(e -> new Held(e.principal(), e.privilege()))
        .toList();
  }
}
