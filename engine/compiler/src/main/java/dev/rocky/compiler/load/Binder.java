package dev.rocky.compiler.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.core.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Binds parsed TOML to records, strictly. A problem is reported with the key's position and the
 * offending key is dropped (an unknown key on its own, any other problem with its top-level key)
 * and the rest bound again, so one file yields all of its problems and keeps its good keys.
 */
final class Binder {
  private static final int MAX_ATTEMPTS = 64;

  private final ObjectMapper mapper;
  private final Findings findings;

  Binder(ObjectMapper mapper, Findings findings) {
    this.mapper = mapper;
    this.findings = findings;
  }

  /** The same binder, reporting to {@code other}. */
  Binder reporting(Findings other) {
    return new Binder(mapper, other);
  }

  /** Where a node sits: its document, its key path in the text, the code to report with, an optional hint. */
  record Site(TomlDocument doc, List<Object> path, DiagnosticCode code, @Nullable String hint) {
    Site {
      path = List.copyOf(path);
    }

    Site(TomlDocument doc, List<Object> path, DiagnosticCode code) {
      this(doc, path, code, null);
    }

    Site child(Object segment) {
      List<Object> p = new ArrayList<>(path);
      p.add(segment);
      return new Site(doc, p, code, hint);
    }
  }

  /** The value bound from {@code node}, without the keys that had problems; empty if nothing binds. */
  <T> Optional<T> bind(JsonNode node, Class<T> type, Site site) {
    JsonNode work = node; // copied before the first key is dropped: most nodes bind at the first attempt
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        return Optional.ofNullable(mapper.treeToValue(work, type));
      } catch (JsonMappingException e) {
        List<Object> at = pathOf(e);
        findings.add(BindingErrors.describe(e, at, site));
        List<Object> drop = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
            ? at
            : at.isEmpty() ? at : at.subList(0, 1);
        if (work == node) {
          work = node.deepCopy();
        }
        if (drop.isEmpty() || !remove(work, drop)) {
          return Optional.empty();
        }
      } catch (JacksonException | IllegalArgumentException e) {
        findings.report(site.code(), site.doc().span(site.path()),
            LoadMessages.invalidValue(site.path(), String.valueOf(e.getMessage())), null);
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A table as plain Java values (maps, lists, strings, numbers, booleans). */
  Map<String, Object> plain(JsonNode node) {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = mapper.convertValue(node, Map.class);
    return map == null ? Map.of() : map;
  }

  private static List<Object> pathOf(JsonMappingException e) {
    List<Object> out = new ArrayList<>();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        out.add(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.add(ref.getIndex());
      }
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u
        && (out.isEmpty() || !u.getPropertyName().equals(out.get(out.size() - 1)))) {
      out.add(u.getPropertyName());
    }
    return out;
  }

  /** Removes the node at {@code path} from {@code root}; false if there is nothing to remove. */
  private static boolean remove(JsonNode root, List<Object> path) {
    JsonNode parent = root;
    for (Object segment : path.subList(0, path.size() - 1)) {
      parent = segment instanceof Integer index ? parent.get(index) : parent.get((String) segment);
      if (parent == null) {
        return false;
      }
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer index && parent instanceof ArrayNode array && index < array.size()) {
      array.remove(index.intValue());
      return true;
    }
    if (last instanceof String key && parent instanceof ObjectNode object && object.has(key)) {
      object.remove(key);
      return true;
    }
    return false;
  }
}
