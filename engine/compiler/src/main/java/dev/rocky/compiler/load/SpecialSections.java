package dev.rocky.compiler.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.compiler.internal.Suggestions;
import dev.rocky.compiler.load.ConfigBinder.Located;
import dev.rocky.core.config.GovernanceSections.Role;
import dev.rocky.core.config.HooksConfig;
import dev.rocky.core.config.MaskConfig;
import dev.rocky.core.config.RuntimeSections;
import dev.rocky.core.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code rocky.toml} sections that are not a plain record: {@code [hook]} (events as keys,
 * unknown events ignored), {@code [mask]} (tags as keys, environments as sub-tables),
 * {@code [role.NAME]} (checked for unknown parents and cycles) and other name-keyed tables.
 */
final class SpecialSections {
  private static final DiagnosticCode CODE = DiagnosticCode.V001;

  private final Binder binder;
  private final Findings findings;
  private final TomlDocument doc;

  SpecialSections(Binder binder, Findings findings, TomlDocument doc) {
    this.binder = binder;
    this.findings = findings;
    this.doc = doc;
  }

  HooksConfig hooks(List<Located> tables) {
    Map<String, List<HooksConfig.ShellHook>> shell = new LinkedHashMap<>();
    Map<String, List<HooksConfig.Webhook>> webhooks = new LinkedHashMap<>();
    for (Located t : tables) {
      t.node().properties().forEach(e -> {
        List<Object> path = ConfigBinder.append(t.textPath(), e.getKey());
        if (e.getKey().equals("webhooks") && e.getValue().isObject()) {
          e.getValue().properties().forEach(w -> {
            if (HooksConfig.EVENTS.contains(w.getKey())) {
              webhooks.put(w.getKey(), oneOrMany(w.getValue(), ConfigBinder.append(path, w.getKey()), HooksConfig.Webhook.class));
            }
          });
        } else if (HooksConfig.EVENTS.contains(e.getKey())) {
          shell.put(e.getKey(), oneOrMany(e.getValue(), path, HooksConfig.ShellHook.class));
        }
      });
    }
    return new HooksConfig(shell, webhooks);
  }

  private <T> List<T> oneOrMany(JsonNode node, List<Object> path, Class<T> type) {
    List<T> out = new ArrayList<>();
    if (node.isArray()) {
      for (int k = 0; k < node.size(); k++) {
        binder.bind(node.get(k), type, ConfigBinder.site(doc, ConfigBinder.append(path, k))).ifPresent(out::add);
      }
    } else {
      binder.bind(node, type, ConfigBinder.site(doc, path)).ifPresent(out::add);
    }
    return out;
  }

  MaskConfig mask(List<Located> tables) {
    Map<String, MaskConfig.Strategy> base = new LinkedHashMap<>();
    Map<String, Map<String, MaskConfig.Strategy>> environments = new LinkedHashMap<>();
    for (Located t : tables) {
      t.node().properties().forEach(e -> {
        List<Object> path = ConfigBinder.append(t.textPath(), e.getKey());
        if (e.getValue().isObject()) {
          Map<String, MaskConfig.Strategy> env = new LinkedHashMap<>();
          e.getValue().properties().forEach(x -> strategy(x.getValue(), ConfigBinder.append(path, x.getKey()))
              .ifPresent(s -> env.put(x.getKey(), s)));
          environments.put(e.getKey(), env);
        } else {
          strategy(e.getValue(), path).ifPresent(s -> base.put(e.getKey(), s));
        }
      });
    }
    return new MaskConfig(base, environments);
  }

  private Optional<MaskConfig.Strategy> strategy(JsonNode value, List<Object> path) {
    List<String> valid = List.of("hash", "redact", "partial", "none");
    String tag = (String) path.get(path.size() - 1);
    Optional<MaskConfig.Strategy> parsed = value.isTextual() ? MaskConfig.Strategy.parse(value.asText()) : Optional.empty();
    if (parsed.isEmpty()) {
      findings.report(CODE, doc.span(path), LoadMessages.unknownMaskStrategy(value.isTextual() ? value.asText() : value.toString(), tag),
          LoadMessages.useOneOf(tag, valid));
    }
    return parsed;
  }

  /** Name-keyed tables such as {@code [imports.NAME]}. */
  <T> Map<String, T> namedTables(List<Located> tables, Class<T> type) {
    Map<String, T> out = new LinkedHashMap<>();
    for (Located t : tables) {
      t.node().properties().forEach(e -> binder.bind(e.getValue(), type,
          ConfigBinder.site(doc, ConfigBinder.append(t.textPath(), e.getKey()))).ifPresent(v -> out.put(e.getKey(), v)));
    }
    return out;
  }

  /** {@code [role.NAME]} tables; unknown parents and inheritance cycles are reported and dropped. */
  Map<String, Role> roles(List<Located> tables) {
    Map<String, Role> roles = namedTables(tables, Role.class);
    List<Object> base = tables.isEmpty() ? List.of("role") : tables.get(0).textPath();
    Map<String, Role> out = new LinkedHashMap<>(roles);
    roles.forEach((name, role) -> {
      List<Object> at = ConfigBinder.append(ConfigBinder.append(base, name), "inherits");
      for (String parent : role.inherits()) {
        if (!roles.containsKey(parent)) {
          findings.report(CODE, doc.span(at), LoadMessages.unknownParentRole(name, parent),
              Suggestions.suggestion(parent, roles.keySet(), "roles"));
          out.remove(name);
        }
      }
      if (inheritsItself(name, roles, new HashSet<>())) {
        findings.report(CODE, doc.span(at), LoadMessages.roleCycle(name), "remove one of the inherits entries so that the roles form a tree");
        out.remove(name);
      }
    });
    return out;
  }

  private static boolean inheritsItself(String start, Map<String, Role> roles, Set<String> seen) {
    List<String> stack = new ArrayList<>(roles.get(start).inherits());
    while (!stack.isEmpty()) {
      String next = stack.remove(stack.size() - 1);
      if (next.equals(start)) {
        return true;
      }
      if (seen.add(next) && roles.containsKey(next)) {
        stack.addAll(roles.get(next).inherits());
      }
    }
    return false;
  }

  void checkGc(RuntimeSections.Gc gc) {
    if (gc.physicalDelete()) {
      findings.report(CODE, doc.span(List.of("gc", "physical_delete")), LoadMessages.physicalDelete(),
          "remove physical_delete or set it to false");
    }
  }
}
