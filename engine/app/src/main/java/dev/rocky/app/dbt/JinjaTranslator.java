package dev.rocky.app.dbt;

import dev.rocky.app.dbt.JinjaScanner.Kind;
import dev.rocky.app.dbt.JinjaScanner.Segment;
import dev.rocky.app.dbt.Translation.Issue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates a dbt model's Jinja SQL to plain SQL without a Jinja runtime. {@code ref},
 * {@code source}, {@code var}, {@code config}, {@code this} and
 * {@code dbt_utils.generate_surrogate_key} translate; an {@code is_incremental()} block is kept
 * as a commented-out TODO (its {@code else} branch, the full-refresh path, stays); loops,
 * {@code set}, other {@code if}s, macro definitions and calls of other macros are untranslatable
 * and reported. Nothing is dropped silently.
 */
final class JinjaTranslator {
  static final String TODO = "-- TODO(rocky import-dbt): ";
  private static final Pattern MAX_OF_THIS = Pattern.compile(
      "max\\s*\\(\\s*(?:\\w+\\.)?(\\w+)\\s*\\)\\s*from\\s*\\{\\{\\s*this\\s*\\}\\}", Pattern.CASE_INSENSITIVE);
  private static final Pattern IF_INCREMENTAL = Pattern.compile("if\\s+(not\\s+)?is_incremental\\s*\\(\\s*\\)(.*)", Pattern.DOTALL);

  private final Resolver resolver;
  private final String model;
  private final Map<String, Object> config = new LinkedHashMap<>();
  private final Set<String> models = new LinkedHashSet<>();
  private final List<Issue> issues = new ArrayList<>();
  private boolean incrementalBlock;
  private String incrementalColumn;

  private JinjaTranslator(Resolver resolver, String model) {
    this.resolver = resolver;
    this.model = model;
  }

  static Translation translate(Resolver resolver, String model, String rawSql) {
    JinjaTranslator t = new JinjaTranslator(resolver, model);
    String sql = t.segments(JinjaScanner.scan(rawSql));
    return new Translation(tidy(sql), t.config, new ArrayList<>(t.models), t.issues, t.incrementalBlock, t.incrementalColumn);
  }

  private String segments(List<Segment> segments) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < segments.size(); k++) {
      Segment s = segments.get(k);
      switch (s.kind()) {
        case TEXT -> out.append(s.body());
        case COMMENT -> {
          String comment = commented(s.body().strip());
          boolean lineFollows = k + 1 < segments.size() && segments.get(k + 1).raw().startsWith("\n");
          out.append(lineFollows ? comment.substring(0, comment.length() - 1) : comment);
        }
        case EXPRESSION -> out.append(expression(s));
        case STATEMENT -> k = statement(segments, k, out);
      }
    }
    return out.toString();
  }

  private String expression(Segment s) {
    JinjaCall call = JinjaCall.parse(s.body());
    if (call == null) {
      return untranslatable("jinja_expression", "the expression `" + s.raw() + "`", s);
    }
    if (!call.called() && !call.name().equals("this")) {
      return untranslatable("jinja_expression", "the Jinja variable `" + call.name() + "`", s);
    }
    switch (call.name()) {
      case "ref" -> {
        String name = call.stringArg(call.args().size() - 1);
        if (name == null) {
          return untranslatable("macro", "`" + s.raw() + "`: ref() without a model name", s);
        }
        Resolver.Resolved r = resolver.ref(name);
        if (r.model() != null) {
          models.add(r.model());
        } else if (!r.known()) {
          issues.add(Issue.warning("unknown_ref", "ref('" + name + "') names no model or seed of the project", s.line()));
        }
        return r.sql();
      }
      case "source" -> {
        String source = call.stringArg(0);
        String table = call.stringArg(1);
        if (source == null || table == null) {
          return untranslatable("macro", "`" + s.raw() + "`: source() needs a source and a table name", s);
        }
        Resolver.Resolved r = resolver.source(source, table);
        if (!r.known()) {
          issues.add(Issue.warning("unknown_source", "source('" + source + "', '" + table + "') is not declared in a schema file",
              s.line()));
        }
        return r.sql();
      }
      case "var" -> {
        String name = call.stringArg(0);
        if (name == null) {
          return untranslatable("macro", "`" + s.raw() + "`: var() without a name", s);
        }
        return resolver.var(name, call.args().size() > 1 ? call.args().get(1) : null, call.args().size() > 1);
      }
      case "config" -> {
        config.putAll(call.kwargs());
        return "";
      }
      case "this" -> {
        issues.add(Issue.warning("this", "{{ this }} became the model's own name, `" + model + "`", s.line()));
        return model;
      }
      case "dbt_utils.generate_surrogate_key", "dbt_utils.surrogate_key" -> {
        return surrogateKey(call, s);
      }
      default -> {
        return untranslatable("macro", "the macro call `" + s.raw() + "`", s);
      }
    }
  }

  private String surrogateKey(JinjaCall call, Segment s) {
    List<Object> fields = call.args().size() == 1 && call.args().get(0) instanceof List<?> l ? new ArrayList<>(l) : call.args();
    if (fields.isEmpty() || fields.stream().anyMatch(f -> !(f instanceof String))) {
      return untranslatable("macro", "`" + s.raw() + "`: surrogate key fields must be column names", s);
    }
    List<String> parts = new ArrayList<>();
    for (Object f : fields) {
      parts.add("coalesce(cast(" + f + " as varchar), '_dbt_utils_surrogate_key_null_')");
    }
    return "md5(cast(" + String.join(" || '-' || ", parts) + " as varchar))";
  }

  /** Handles the statement at {@code k}; returns the index of the last segment it consumed. */
  private int statement(List<Segment> segments, int k, StringBuilder out) {
    Segment s = segments.get(k);
    Matcher incremental = IF_INCREMENTAL.matcher(s.body());
    if (incremental.matches() && incremental.group(1) == null && incremental.group(2).isBlank()) {
      return incrementalBlock(segments, k, out);
    }
    String word = s.body().split("\\s+", 2)[0];
    boolean closing = word.startsWith("end") || word.equals("else") || word.equals("elif");
    if (closing && issues.stream().anyMatch(i -> i.kind() == Issue.Kind.UNTRANSLATABLE)) {
      out.append(s.raw()); // part of a construct already reported
      return k;
    }
    String what = switch (word) {
      case "for" -> "a {% for %} loop";
      case "set" -> "a {% set %} variable";
      case "if" -> "an {% if %} condition";
      case "macro" -> "a macro definition";
      case "call" -> "a {% call %} block";
      default -> "the statement `" + s.raw() + "`";
    };
    out.append(untranslatable("jinja_control_flow", what, s));
    return k;
  }

  /** Comments out {@code {% if is_incremental() %} ... {% endif %}}, keeping an else branch as the SQL. */
  private int incrementalBlock(List<Segment> segments, int start, StringBuilder out) {
    incrementalBlock = true;
    int depth = 0;
    int elseAt = -1;
    int end = -1;
    for (int k = start + 1; k < segments.size() && end < 0; k++) {
      Segment s = segments.get(k);
      if (s.kind() != Kind.STATEMENT) {
        continue;
      }
      String word = s.body().split("\\s+", 2)[0];
      if (word.equals("if")) {
        depth++;
      } else if (word.equals("endif") && depth-- == 0) {
        end = k;
      } else if ((word.equals("else") || word.equals("elif")) && depth == 0) {
        elseAt = k;
      }
    }
    if (end < 0) {
      out.append(untranslatable("jinja_control_flow", "an {% if is_incremental() %} without {% endif %}", segments.get(start)));
      return segments.size() - 1;
    }
    StringBuilder raw = new StringBuilder();
    for (int k = start; k <= (elseAt < 0 ? end : elseAt - 1); k++) {
      raw.append(segments.get(k).raw());
    }
    if (elseAt >= 0) {
      raw.append("{% endif %}");
    }
    Matcher max = MAX_OF_THIS.matcher(raw);
    if (max.find()) {
      incrementalColumn = max.group(1);
    }
    issues.add(Issue.warning("is_incremental", "the {% if is_incremental() %} block was commented out; Rocky runs the full query"
        + " and its incremental strategy decides what to write", segments.get(start).line()));
    out.append("\n").append(TODO).append("is_incremental() block not translated; Rocky runs this model's query in full and\n")
        .append(TODO).append("its strategy (see the sidecar) decides what to write. Review the filter, then delete this.\n")
        .append(commented(raw.toString()));
    if (elseAt >= 0) {
      if (segments.get(elseAt).body().startsWith("elif")) {
        out.append(untranslatable("jinja_control_flow", "an {% elif %} after {% if is_incremental() %}", segments.get(elseAt)));
      } else {
        out.append(segments(segments.subList(elseAt + 1, end)));
      }
    }
    return end;
  }

  private String untranslatable(String category, String message, Segment s) {
    Issue issue = Issue.untranslatable(category, message, s.line());
    if (!issues.contains(issue)) {
      issues.add(issue);
    }
    return s.raw();
  }

  /** Each line of {@code text} as a SQL comment, ending with a newline. */
  static String commented(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.strip().split("\n", -1)) {
      out.append("-- ").append(line.stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** Drops leading blank lines and trailing whitespace; ends with one newline. */
  private static String tidy(String sql) {
    String s = sql.replaceAll("(?s)\\A(\\s*\\n)+", "").stripTrailing();
    return s + "\n";
  }
}
