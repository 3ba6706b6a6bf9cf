package dev.rocky.compiler.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A small TOML reader for the plain subset that project files are written in: comments, bare and
 * quoted keys, dotted keys, {@code [table]} and {@code [[array]]} headers, single-line basic and
 * literal strings, decimal integers, booleans, arrays and inline tables. It builds the same tree
 * as Jackson's TOML parser (same node types, same key order) without Jackson's start-up cost.
 *
 * <p>Anything outside the subset (floats, dates, multi-line strings, underscores or prefixes in
 * numbers, headers inside arrays of tables) and anything that could be an error (a duplicate key,
 * a redefined table, a stray character) makes {@link #parse} return {@code null}: the caller then
 * parses with Jackson, which also reports the error with its position. Values that are tables
 * (inline or not) are only extended the ways TOML allows; every other reuse of a key also bails.
 */
final class FastToml {
  /** Thrown to leave the subset; caught in {@link #parse}, never escapes. */
  private static final class Bail extends RuntimeException {
    private static final Bail INSTANCE = new Bail();

    private Bail() {
      super(null, null, false, false);
    }
  }

  private final String s;
  private final int n;
  private final JsonNodeFactory nodes;
  private int i;
  /** Tables that a header defined, and tables that only a header's path created. */
  private final Set<JsonNode> defined = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<JsonNode> implicit = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Tables made by dotted keys, and arrays made by {@code [[...]]}. */
  private final Set<JsonNode> dotted = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<JsonNode> tableArrays = Collections.newSetFromMap(new IdentityHashMap<>());

  private FastToml(String s, JsonNodeFactory nodes) {
    this.s = s;
    this.n = s.length();
    this.nodes = nodes;
  }

  /** The tree of {@code text}, or {@code null} when it is outside the subset (or not valid TOML). */
  static @Nullable ObjectNode parse(String text, JsonNodeFactory nodes) {
    try {
      return new FastToml(text, nodes).document();
    } catch (Bail | IndexOutOfBoundsException e) {
      return null;
    }
  }

  private ObjectNode document() {
    ObjectNode root = nodes.objectNode();
    ObjectNode table = root;
    while (true) {
      skipSpaces();
      if (i >= n) {
        return root;
      }
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '#') {
        endOfLine();
      } else if (c == '[') {
        table = header(root);
        endOfLine();
      } else {
        keyValue(table);
        endOfLine();
      }
    }
  }

  // ---- structure ----

  private ObjectNode header(ObjectNode root) {
    boolean array = i + 1 < n && s.charAt(i + 1) == '[';
    i += array ? 2 : 1;
    List<String> path = keyPath(']');
    expect(']');
    if (array) {
      expect(']');
    }
    ObjectNode parent = root;
    for (int k = 0; k < path.size() - 1; k++) {
      parent = headerParent(parent, path.get(k));
    }
    String last = path.get(path.size() - 1);
    JsonNode existing = parent.get(last);
    if (array) {
      ArrayNode list;
      if (existing == null) {
        list = parent.putArray(last);
        tableArrays.add(list);
      } else if (existing instanceof ArrayNode a && tableArrays.contains(a)) {
        list = a;
      } else {
        throw Bail.INSTANCE;
      }
      ObjectNode element = nodes.objectNode();
      list.add(element);
      defined.add(element);
      return element;
    }
    if (existing == null) {
      ObjectNode t = parent.putObject(last);
      defined.add(t);
      return t;
    }
    if (existing instanceof ObjectNode t && implicit.contains(t) && !defined.contains(t)) {
      implicit.remove(t);
      defined.add(t);
      return t;
    }
    throw Bail.INSTANCE;
  }

  /** A table on a header's path, created implicitly when missing. */
  private ObjectNode headerParent(ObjectNode parent, String key) {
    JsonNode existing = parent.get(key);
    if (existing == null) {
      ObjectNode t = parent.putObject(key);
      implicit.add(t);
      return t;
    }
    if (existing instanceof ObjectNode t && (implicit.contains(t) || defined.contains(t))) {
      return t;
    }
    throw Bail.INSTANCE; // through a dotted key, an inline table or an array of tables
  }

  private void keyValue(ObjectNode table) {
    List<String> path = keyPath('=');
    skipSpaces();
    expect('=');
    skipSpaces();
    ObjectNode target = table;
    for (int k = 0; k < path.size() - 1; k++) {
      JsonNode existing = target.get(path.get(k));
      if (existing == null) {
        ObjectNode t = target.putObject(path.get(k));
        dotted.add(t);
        target = t;
      } else if (existing instanceof ObjectNode t && dotted.contains(t)) {
        target = t;
      } else {
        throw Bail.INSTANCE;
      }
    }
    String last = path.get(path.size() - 1);
    if (target.has(last)) {
      throw Bail.INSTANCE;
    }
    target.set(last, value());
  }

  /** Dotted key parts up to (not including) {@code end}. */
  private List<String> keyPath(char end) {
    List<String> parts = new ArrayList<>(2);
    while (true) {
      skipSpaces();
      parts.add(key());
      skipSpaces();
      if (i < n && s.charAt(i) == '.') {
        i++;
        continue;
      }
      if (i < n && s.charAt(i) == end) {
        return parts;
      }
      throw Bail.INSTANCE;
    }
  }

  private String key() {
    char c = s.charAt(i);
    if (c == '"' || c == '\'') {
      String k = c == '"' ? basicString() : literalString();
      if (k.isEmpty()) {
        throw Bail.INSTANCE;
      }
      return k;
    }
    int start = i;
    while (i < n && bare(s.charAt(i))) {
      i++;
    }
    if (i == start) {
      throw Bail.INSTANCE;
    }
    return s.substring(start, i);
  }

  private static boolean bare(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  // ---- values ----

  private JsonNode value() {
    char c = s.charAt(i);
    return switch (c) {
      case '"' -> nodes.textNode(basicString());
      case '\'' -> nodes.textNode(literalString());
      case '[' -> array();
      case '{' -> inlineTable();
      case 't' -> word("true", true);
      case 'f' -> word("false", false);
      default -> integer();
    };
  }

  private JsonNode word(String w, boolean value) {
    if (!s.startsWith(w, i)) {
      throw Bail.INSTANCE;
    }
    i += w.length();
    if (i < n && bare(s.charAt(i))) {
      throw Bail.INSTANCE;
    }
    return nodes.booleanNode(value);
  }

  private JsonNode integer() {
    int start = i;
    if (s.charAt(i) == '+' || s.charAt(i) == '-') {
      i++;
    }
    int digits = i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    int count = i - digits;
    if (count == 0 || count > 18 || (count > 1 && s.charAt(digits) == '0')) {
      throw Bail.INSTANCE;
    }
    if (i < n) {
      char next = s.charAt(i);
      if (bare(next) || next == '.' || next == ':' || next == '+') {
        throw Bail.INSTANCE; // floats, dates, times, underscores, exponents
      }
    }
    long v = Long.parseLong(s, s.charAt(start) == '+' ? start + 1 : start, i, 10);
    return v == (int) v ? nodes.numberNode((int) v) : nodes.numberNode(v);
  }

  private ArrayNode array() {
    i++;
    ArrayNode out = nodes.arrayNode();
    while (true) {
      skipArraySpace();
      if (s.charAt(i) == ']') {
        i++;
        return out;
      }
      out.add(value());
      skipArraySpace();
      char c = s.charAt(i);
      if (c == ',') {
        i++;
      } else if (c != ']') {
        throw Bail.INSTANCE;
      }
    }
  }

  private ObjectNode inlineTable() {
    i++;
    ObjectNode out = nodes.objectNode();
    skipSpaces();
    if (s.charAt(i) == '}') {
      i++;
      return out;
    }
    while (true) {
      skipSpaces();
      List<String> path = keyPath('=');
      if (path.size() != 1) {
        throw Bail.INSTANCE;
      }
      skipSpaces();
      expect('=');
      skipSpaces();
      if (out.has(path.get(0))) {
        throw Bail.INSTANCE;
      }
      out.set(path.get(0), value());
      skipSpaces();
      char c = s.charAt(i++);
      if (c == '}') {
        return out;
      }
      if (c != ',') {
        throw Bail.INSTANCE;
      }
    }
  }

  private String basicString() {
    if (s.startsWith("\"\"\"", i)) {
      throw Bail.INSTANCE;
    }
    int start = ++i;
    while (true) {
      char c = s.charAt(i);
      if (c == '"') {
        return s.substring(start, i++);
      }
      if (c == '\\') {
        return escaped(start);
      }
      if (control(c)) {
        throw Bail.INSTANCE;
      }
      i++;
    }
  }

  private String escaped(int start) {
    StringBuilder b = new StringBuilder(s.length() - start < 64 ? 16 : 64).append(s, start, i);
    while (true) {
      char c = s.charAt(i++);
      if (c == '"') {
        return b.toString();
      }
      if (control(c)) {
        throw Bail.INSTANCE;
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'b' -> b.append('\b');
        case 't' -> b.append('\t');
        case 'n' -> b.append('\n');
        case 'f' -> b.append('\f');
        case 'r' -> b.append('\r');
        case '"' -> b.append('"');
        case '\\' -> b.append('\\');
        default -> throw Bail.INSTANCE; // \\u, \\U and anything else: leave to Jackson
      }
    }
  }

  private String literalString() {
    if (s.startsWith("'''", i)) {
      throw Bail.INSTANCE;
    }
    int start = ++i;
    while (true) {
      char c = s.charAt(i);
      if (c == '\'') {
        return s.substring(start, i++);
      }
      if (control(c)) {
        throw Bail.INSTANCE;
      }
      i++;
    }
  }

  /** Characters TOML forbids unescaped in strings and comments (tab is allowed). */
  private static boolean control(char c) {
    return (c < 0x20 && c != '\t') || c == 0x7f;
  }

  // ---- whitespace ----

  private void skipSpaces() {
    while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
  }

  /** Inside arrays: spaces, newlines and comments. */
  private void skipArraySpace() {
    while (true) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n') {
        i++;
      } else if (c == '\r' && s.charAt(i + 1) == '\n') {
        i += 2;
      } else if (c == '#') {
        comment();
      } else {
        return;
      }
    }
  }

  /** Optional spaces and comment, then a newline or the end of the text. */
  private void endOfLine() {
    skipSpaces();
    if (i < n && s.charAt(i) == '#') {
      comment();
    }
    if (i >= n) {
      return;
    }
    char c = s.charAt(i);
    if (c == '\n') {
      i++;
    } else if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
      i += 2;
    } else {
      throw Bail.INSTANCE;
    }
  }

  private void comment() {
    i++;
    while (i < n && s.charAt(i) != '\n') {
      char c = s.charAt(i);
      if (control(c) && !(c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n')) {
        throw Bail.INSTANCE;
      }
      i++;
    }
  }

  private void expect(char c) {
    if (i >= n || s.charAt(i) != c) {
      throw Bail.INSTANCE;
    }
    i++;
  }
}
