package dev.rocky.core.run;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether retrying a failure can help: Rocky's {@code failure_class} labels. */
public enum FailureClass {
  @JsonProperty("transient") TRANSIENT,
  @JsonProperty("permanent") PERMANENT,
  @JsonProperty("unknown") UNKNOWN
}
