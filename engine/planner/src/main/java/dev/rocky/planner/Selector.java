package dev.rocky.planner;

import dev.rocky.planner.error.PlannerErrors;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One model selector, dbt-style: {@code NAME} the model alone, {@code +NAME} with everything upstream,
 * {@code NAME+} with everything downstream, {@code +NAME+} both.
 */
public record Selector(String model, boolean withUpstream, boolean withDownstream) {

  private static final Pattern SYNTAX = Pattern.compile("(\\+?)([^+\\s]+)(\\+?)");

  public Selector {
    Objects.requireNonNull(model, "model");
  }

  /** {@code --model NAME}: exactly one model. */
  public static Selector model(String name) {
    return new Selector(name, false, false);
  }

  public static Selector parse(String text) {
    Matcher m = SYNTAX.matcher(text.strip());
    if (!m.matches()) {
      throw PlannerErrors.invalidSelector(text);
    }
    return new Selector(m.group(2), !m.group(1).isEmpty(), !m.group(3).isEmpty());
  }

  @Override
  public String toString() {
    return (withUpstream ? "+" : "") + model + (withDownstream ? "+" : "");
  }
}
