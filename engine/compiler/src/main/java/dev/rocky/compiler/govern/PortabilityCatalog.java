package dev.rocky.compiler.govern;

import dev.rocky.compiler.govern.Construct.Call;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every function and piece of syntax P001 knows not to be portable everywhere: the explicit
 * {@link FunctionCatalog} (each function's support widened by what Calcite's per-library operator
 * tables record, {@link CalciteLibraries}) and the {@link SyntaxCatalog}. Anything else is assumed
 * portable.
 */
public final class PortabilityCatalog {
  private static final List<Construct> ENTRIES = build();
  private static final Map<String, List<Construct>> BY_ANCHOR = index(ENTRIES);

  private PortabilityCatalog() {}

  /** The catalog, functions first, in a stable order. */
  public static List<Construct> entries() {
    return ENTRIES;
  }

  /** The explicit function list before Calcite's evidence is merged in (for the tests that compare them). */
  static List<Construct> curatedFunctions() {
    return FunctionCatalog.entries();
  }

  /** The entries anchored on this (upper-case) word or operator. */
  static List<Construct> anchoredOn(String anchor) {
    return BY_ANCHOR.getOrDefault(anchor, List.of());
  }

  private static List<Construct> build() {
    List<Construct> out = new ArrayList<>();
    for (Construct c : FunctionCatalog.entries()) {
      boolean byName = c.shape() instanceof Call call && call.byNameOnly();
      out.add(byName ? c.alsoSupportedBy(CalciteLibraries.support(((Call) c.shape()).function())) : c);
    }
    out.addAll(SyntaxCatalog.entries());
    return List.copyOf(out);
  }

  private static Map<String, List<Construct>> index(List<Construct> entries) {
    Map<String, List<Construct>> out = new LinkedHashMap<>();
    for (Construct c : entries) {
      out.computeIfAbsent(c.shape().anchor(), k -> new ArrayList<>()).add(c);
    }
    Map<String, List<Construct>> frozen = new LinkedHashMap<>();
    out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Map.copyOf(frozen);
  }
}
