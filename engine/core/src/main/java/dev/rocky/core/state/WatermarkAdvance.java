package dev.rocky.core.state;

import java.util.Objects;

/** A watermark to advance along with a model's result, for the target {@code targetKey}. */
public record WatermarkAdvance(String targetKey, Watermark watermark) {
  public WatermarkAdvance {
    StateKeys.requireValid(targetKey, "targetKey");
    Objects.requireNonNull(watermark, "watermark");
  }
}
