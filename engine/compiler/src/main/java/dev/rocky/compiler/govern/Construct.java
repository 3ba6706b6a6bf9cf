package dev.rocky.compiler.govern;

import dev.rocky.core.project.Dialect;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the portability catalog: a function or piece of syntax that not every dialect has.
 *
 * @param name what {@code [portability] allow} and {@code -- rocky-allow:} name it by, e.g. {@code DIV0}
 * @param form how it is shown in messages, e.g. {@code DIV0(a, b)} or {@code DATEDIFF(end, start)}
 * @param shape how the lint recognises it in a model's tokens
 * @param supportedBy the dialects that have it natively
 * @param rewrite the portable rewrite, offered as the suggestion
 * @param rewrites a better rewrite for a particular target dialect, where one exists
 * @param example a query using it, run by the tests against each dialect's verdict
 */
public record Construct(
    String name, String form, Shape shape, Set<Dialect> supportedBy, String rewrite, Map<Dialect, String> rewrites,
    String example) {

  public Construct {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(shape, "shape");
    supportedBy = supportedBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(supportedBy));
    Objects.requireNonNull(rewrite, "rewrite");
    rewrites = Map.copyOf(rewrites);
    Objects.requireNonNull(example, "example");
  }

  public boolean supportedOn(Dialect dialect) {
    return supportedBy.contains(dialect);
  }

  /** The rewrite to suggest when the model targets {@code target}. */
  public String rewriteFor(Dialect target) {
    return rewrites.getOrDefault(target, rewrite);
  }

  /** Whether an allow-list label names this construct: its name or its form, case-insensitively. */
  public boolean isNamedBy(String label) {
    String l = label.strip().toUpperCase(Locale.ROOT);
    return l.equals(name.toUpperCase(Locale.ROOT)) || l.equals(form.toUpperCase(Locale.ROOT));
  }

  /** A copy that also counts {@code more} among the dialects that have it. */
  Construct alsoSupportedBy(Set<Dialect> more) {
    EnumSet<Dialect> all = EnumSet.noneOf(Dialect.class);
    all.addAll(supportedBy);
    all.addAll(more);
    return new Construct(name, form, shape, all, rewrite, rewrites, example);
  }

  /** A copy whose suggestion for {@code target} is {@code text}. */
  Construct on(Dialect target, String text) {
    Map<Dialect, String> more = new java.util.EnumMap<>(Dialect.class);
    more.putAll(rewrites);
    more.put(target, text);
    return new Construct(name, form, shape, supportedBy, rewrite, more, example);
  }

  /** How a construct appears in SQL. */
  public sealed interface Shape {
    /** The word (or operator) the lint anchors on, upper-cased. */
    String anchor();
  }

  /**
   * A call {@code FUNCTION(...)} with {@code minArgs..maxArgs} arguments, not qualified by a schema (a
   * qualified name is a user's function). With {@code unitFirst}, the first argument must be a bare
   * date part such as {@code day}.
   */
  public record Call(String function, int minArgs, int maxArgs, boolean unitFirst) implements Shape {
    public static final int ANY = Integer.MAX_VALUE;

    public Call(String function) {
      this(function, 0, ANY, false);
    }

    @Override
    public String anchor() {
      return function.toUpperCase(Locale.ROOT);
    }

    /** Whether the name alone decides (no arity or argument condition). */
    public boolean byNameOnly() {
      return minArgs == 0 && maxArgs == ANY && !unitFirst;
    }
  }

  /** A table function in a FROM clause: {@code LATERAL FUNCTION(...)} or {@code TABLE(FUNCTION(...))}. */
  public record TableFunction(String function) implements Shape {
    @Override
    public String anchor() {
      return function.toUpperCase(Locale.ROOT);
    }
  }

  /** An operator token such as {@code ::} or {@code <=>}. */
  public record Operator(String symbol) implements Shape {
    @Override
    public String anchor() {
      return symbol;
    }
  }

  /** A keyword used as a clause or an operator, e.g. {@code QUALIFY} or {@code ILIKE}. */
  public record Keyword(String word) implements Shape {
    @Override
    public String anchor() {
      return word.toUpperCase(Locale.ROOT);
    }
  }

  /** A modifier of a star in the select list: {@code * EXCLUDE (...)}, {@code * REPLACE (...)}. */
  public record StarModifier(String word) implements Shape {
    @Override
    public String anchor() {
      return word.toUpperCase(Locale.ROOT);
    }
  }

  /** {@code SELECT TOP n}. */
  public record Top() implements Shape {
    @Override
    public String anchor() {
      return "TOP";
    }
  }

  /** Semi-structured path access {@code column:field}. */
  public record PathAccess() implements Shape {
    @Override
    public String anchor() {
      return ":";
    }
  }
}
