package dev.rocky.compiler.govern;

import dev.rocky.compiler.govern.Construct.Call;
import dev.rocky.compiler.govern.Construct.Keyword;
import dev.rocky.compiler.govern.Construct.Operator;
import dev.rocky.compiler.govern.Construct.PathAccess;
import dev.rocky.compiler.govern.Construct.Shape;
import dev.rocky.compiler.govern.Construct.StarModifier;
import dev.rocky.compiler.govern.Construct.TableFunction;
import dev.rocky.compiler.govern.Construct.Top;
import dev.rocky.compiler.govern.SqlTokens.Kind;
import dev.rocky.compiler.govern.SqlTokens.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Decides whether the token at an index, with its neighbours, is an instance of a construct's shape. */
final class ConstructMatcher {
  private static final Set<String> DATE_PARTS = Set.of("YEAR", "YEARS", "Y", "YY", "YYY", "YYYY", "YR", "YRS",
      "QUARTER", "QUARTERS", "Q", "QTR", "QTRS", "MONTH", "MONTHS", "MM", "MON", "MONS", "WEEK", "WEEKS", "W", "WK",
      "WEEKOFYEAR", "WOY", "WY", "DAY", "DAYS", "D", "DD", "DAYOFMONTH", "DAYOFWEEK", "DOW", "DAYOFYEAR", "DOY",
      "HOUR", "HOURS", "H", "HH", "HR", "HRS", "MINUTE", "MINUTES", "MI", "MIN", "MINS", "M", "SECOND", "SECONDS", "S",
      "SEC", "SECS", "MILLISECOND", "MILLISECONDS", "MS", "MSEC", "MICROSECOND", "MICROSECONDS", "US", "USEC",
      "NANOSECOND", "NANOSECONDS", "NS", "NSEC");

  private final List<Token> tokens;
  private final int[] bracketDepth;

  ConstructMatcher(List<Token> tokens) {
    this.tokens = tokens;
    this.bracketDepth = new int[tokens.size()];
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Kind.SYMBOL && (t.text().equals("]") || t.text().equals("}"))) {
        depth = Math.max(0, depth - 1);
      }
      bracketDepth[i] = depth;
      if (t.kind() == Kind.SYMBOL && (t.text().equals("[") || t.text().equals("{"))) {
        depth++;
      }
    }
  }

  boolean matches(Shape shape, int i) {
    Token t = tokens.get(i);
    return switch (shape) {
      case Call c -> isWord(t, c.function()) && nextIs(i, "(") && !prevIs(i, ".") && !prevIs(i, "AS")
          && !tableContext(i) && arityMatches(c, i + 1);
      case TableFunction f -> isWord(t, f.function()) && nextIs(i, "(") && tableContext(i);
      case Operator o -> t.kind() == Kind.SYMBOL && t.text().equals(o.symbol());
      case Keyword k -> isWord(t, k.word()) && !prevIs(i, ".") && !prevIs(i, "AS");
      case StarModifier s -> isWord(t, s.word()) && prevIs(i, "*")
          && (at(i - 2) == null || prevIsAny(i - 1, "SELECT", "DISTINCT", ",", "."));
      case Top top -> isWord(t, "TOP") && prevIsAny(i, "SELECT", "DISTINCT") && at(i + 1) != null
          && (at(i + 1).kind() == Kind.NUMBER || nextIs(i, "("));
      case PathAccess p -> t.kind() == Kind.SYMBOL && t.text().equals(":") && bracketDepth[i] == 0
          && isName(at(i - 1)) && isName(at(i + 1));
    };
  }

  /** Inside {@code LATERAL f(...)} or {@code TABLE(f(...))}. */
  private boolean tableContext(int i) {
    return prevIs(i, "LATERAL") || (prevIs(i, "(") && prevIs(i - 1, "TABLE"));
  }

  private boolean arityMatches(Call call, int open) {
    int args = 0;
    int depth = 0;
    boolean empty = true;
    for (int k = open; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.kind() == Kind.SYMBOL && (t.text().equals("(") || t.text().equals("[") || t.text().equals("{"))) {
        depth++;
        if (depth == 1) {
          continue;
        }
      } else if (t.kind() == Kind.SYMBOL && (t.text().equals(")") || t.text().equals("]") || t.text().equals("}"))) {
        depth--;
        if (depth == 0) {
          int count = empty ? 0 : args + 1;
          return count >= call.minArgs() && count <= call.maxArgs() && (!call.unitFirst() || unitFirst(open));
        }
      } else if (depth == 1 && t.is(",")) {
        args++;
      }
      empty = false;
    }
    return false;
  }

  /** The first argument after {@code open} is a bare date part followed by a comma. */
  private boolean unitFirst(int open) {
    Token first = at(open + 1);
    Token after = at(open + 2);
    return first != null && first.kind() == Kind.WORD && DATE_PARTS.contains(first.text().toUpperCase(Locale.ROOT))
        && after != null && after.is(",");
  }

  private static boolean isWord(Token t, String word) {
    return t.kind() == Kind.WORD && t.text().equalsIgnoreCase(word);
  }

  private static boolean isName(@Nullable Token t) {
    return t != null && (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED);
  }

  private boolean nextIs(int i, String text) {
    Token next = at(i + 1);
    return next != null && next.is(text);
  }

  private boolean prevIs(int i, String text) {
    Token prev = at(i - 1);
    return prev != null && prev.is(text);
  }

  private boolean prevIsAny(int i, String... texts) {
    for (String text : texts) {
      if (prevIs(i, text)) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Token at(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }
}
