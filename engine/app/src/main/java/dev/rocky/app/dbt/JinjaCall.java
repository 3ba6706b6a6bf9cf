package dev.rocky.app.dbt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Jinja expression that is a plain call or name, such as {@code ref('orders')},
 * {@code source("raw", "orders")}, {@code var('start', '2020-01-01')},
 * {@code config(materialized='incremental', unique_key=['a', 'b'])} or {@code this}. Arguments
 * are Python-style literals: strings, numbers, {@code True}/{@code False}/{@code None}, lists and
 * dicts; anything else (a nested call, an operator, a filter) makes the expression unreadable
 * here, and {@link #parse} answers null.
 */
record JinjaCall(String name, List<Object> args, Map<String, Object> kwargs, boolean called) {

  /** A value that is not a literal (an identifier or a call): kept as written. */
  record Raw(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  static @Nullable JinjaCall parse(String expression) {
    try {
      Reader r = new Reader(expression.strip());
      String name = r.dottedName();
      if (name == null) {
        return null;
      }
      if (r.done()) {
        return new JinjaCall(name, List.of(), Map.of(), false);
      }
      r.expect('(');
      List<Object> args = new ArrayList<>();
      Map<String, Object> kwargs = new LinkedHashMap<>();
      while (!r.accept(')')) {
        int mark = r.at;
        String key = r.name();
        if (key != null && r.accept('=')) {
          kwargs.put(key, r.value());
        } else {
          r.at = mark;
          args.add(r.value());
        }
        if (!r.accept(',')) {
          r.expect(')');
          break;
        }
      }
      return r.done() ? new JinjaCall(name, args, kwargs, true) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The positional argument {@code k} as a string, or null. */
  @Nullable String stringArg(int k) {
    return k < args.size() && args.get(k) instanceof String s ? s : null;
  }

  /** A small reader of Python literals. */
  private static final class Reader {
    final String s;
    int at;

    Reader(String s) {
      this.s = s;
    }

    void space() {
      while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
        at++;
      }
    }

    boolean done() {
      space();
      return at >= s.length();
    }

    boolean accept(char c) {
      space();
      if (at < s.length() && s.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    void expect(char c) {
      if (!accept(c)) {
        throw new IllegalArgumentException("expected " + c);
      }
    }

    @Nullable String name() {
      space();
      int from = at;
      while (at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '_')) {
        at++;
      }
      return at > from && !Character.isDigit(s.charAt(from)) ? s.substring(from, at) : null;
    }

    @Nullable String dottedName() {
      String first = name();
      if (first == null) {
        return null;
      }
      StringBuilder out = new StringBuilder(first);
      while (at < s.length() && s.charAt(at) == '.') {
        at++;
        String next = name();
        if (next == null) {
          throw new IllegalArgumentException("name expected");
        }
        out.append('.').append(next);
      }
      return out.toString();
    }

    @Nullable Object value() {
      space();
      if (at >= s.length()) {
        throw new IllegalArgumentException("value expected");
      }
      char c = s.charAt(at);
      if (c == '\'' || c == '"') {
        int end = s.indexOf(c, at + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated string");
        }
        String v = s.substring(at + 1, end);
        at = end + 1;
        return v;
      }
      if (c == '[' || c == '(') {
        at++;
        List<Object> list = new ArrayList<>();
        char close = c == '[' ? ']' : ')';
        while (!accept(close)) {
          list.add(value());
          if (!accept(',')) {
            expect(close);
            break;
          }
        }
        return list;
      }
      if (c == '{') {
        at++;
        Map<String, Object> map = new LinkedHashMap<>();
        while (!accept('}')) {
          Object key = value();
          expect(':');
          map.put(String.valueOf(key), value());
          if (!accept(',')) {
            expect('}');
            break;
          }
        }
        return map;
      }
      if (Character.isDigit(c) || c == '-') {
        int from = at++;
        while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
          at++;
        }
        String n = s.substring(from, at);
        return n.contains(".") ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n);
      }
      String name = dottedName();
      if (name == null) {
        throw new IllegalArgumentException("value expected");
      }
      return switch (name) {
        case "True", "true" -> Boolean.TRUE;
        case "False", "false" -> Boolean.FALSE;
        case "None", "none" -> null;
        default -> {
          if (accept('(')) {
            throw new IllegalArgumentException("nested call");
          }
          yield new Raw(name);
        }
      };
    }
  }
}
