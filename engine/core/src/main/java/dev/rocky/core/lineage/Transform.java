package dev.rocky.core.lineage;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * How a value travels along a lineage edge, rendered as Rocky spells it: {@code direct},
 * {@code cast}, {@code try_cast}, {@code aggregation: sum}, {@code expression}. Indirect edges
 * (columns read only by filters, join keys, grouping or window partitioning and ordering) render
 * as {@code indirect: <role>}.
 */
public sealed interface Transform {
  Transform DIRECT = new Direct();
  Transform CAST = new Cast(false);
  Transform TRY_CAST = new Cast(true);
  Transform EXPRESSION = new Expression();

  @JsonValue
  String render();

  /** Reads back a rendered transform ({@code direct}, {@code aggregation: sum}, {@code indirect: filter}, ...). */
  static Transform parse(String text) {
    return switch (text) {
      case "direct" -> DIRECT;
      case "cast" -> CAST;
      case "try_cast" -> TRY_CAST;
      case "expression" -> EXPRESSION;
      default -> {
        if (text.startsWith("aggregation: ")) {
          yield new Aggregation(text.substring("aggregation: ".length()));
        }
        if (text.startsWith("indirect: ")) {
          yield new Indirect(Role.valueOf(text.substring("indirect: ".length()).toUpperCase(Locale.ROOT)));
        }
        throw new IllegalArgumentException("unknown transform: " + text);
      }
    };
  }

  record Direct() implements Transform {
    @Override
    public String render() {
      return "direct";
    }
  }

  record Cast(boolean tryCast) implements Transform {
    @Override
    public String render() {
      return tryCast ? "try_cast" : "cast";
    }
  }

  record Aggregation(String function) implements Transform {
    public Aggregation {
      function = Objects.requireNonNull(function, "function").toLowerCase(Locale.ROOT);
    }

    @Override
    public String render() {
      return "aggregation: " + function;
    }
  }

  record Expression() implements Transform {
    @Override
    public String render() {
      return "expression";
    }
  }

  /** A column that shapes the output without flowing into it. */
  record Indirect(Role role) implements Transform {
    public Indirect {
      Objects.requireNonNull(role, "role");
    }

    @Override
    public String render() {
      return "indirect: " + role.name().toLowerCase(Locale.ROOT);
    }
  }

  enum Role {
    FILTER,
    JOIN_KEY,
    GROUP_BY,
    WINDOW,
    ORDER_BY
  }
}
