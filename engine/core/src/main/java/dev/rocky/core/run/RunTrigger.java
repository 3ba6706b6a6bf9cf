package dev.rocky.core.run;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What started a run. */
public enum RunTrigger {
  @JsonProperty("Manual") MANUAL,
  @JsonProperty("Sensor") SENSOR,
  @JsonProperty("Schedule") SCHEDULE,
  @JsonProperty("Ci") CI,
  @JsonProperty("Webhook") WEBHOOK
}
