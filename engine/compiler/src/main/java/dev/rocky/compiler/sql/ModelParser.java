package dev.rocky.compiler.sql;

import dev.rocky.compiler.sql.fast.FastParser;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Dialect;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.jspecify.annotations.Nullable;

/**
 * Parses a model's SELECT with Calcite's parser only (no validator). The text is first rewritten where
 * the dialect's SQL differs from Calcite's ({@link SqlPreprocessor}); the core parser is tried first
 * (about 2.5x faster than Babel), Babel, which also reads {@code ::} casts and {@code * EXCLUDE/REPLACE},
 * when the text visibly needs it or the core parser cannot read it.
 *
 * <p>Calcite reserves words that the dialects accept as names ({@code value}, {@code month},
 * {@code measure}, ...). When a parse stops at such a word (or just after it) the word is quoted and the
 * parse retried: a bounded, error-driven repair that keeps a quote only when the parse then gets
 * further. Every rewrite is recorded, and the result's {@link SourceMap} maps the tree's positions back
 * to the model's file, so spans stay exact.
 *
 * <p>Each core attempt first tries {@link FastParser}, which builds the same tree as Calcite's core
 * parser for the common subset of SELECT at a fraction of the cost, and gives up on anything else.
 *
 * <p>Failed attempts are cheap ({@link QuietCoreParser}, {@link QuietBabelParser}); only a model that
 * cannot be read at all pays for Babel's full error, reported as E004. Identifiers keep their case (the
 * binder compares them case-insensitively); quoting follows the dialect. Thread-safe: each thread keeps
 * its own parser instances, re-initialised per call.
 */
public final class ModelParser {
  private static final int IDENTIFIER_MAX_LENGTH = SqlParser.DEFAULT_IDENTIFIER_MAX_LENGTH;
  /** Parse attempts per model, repairs and the switch to Babel included. */
  private static final int MAX_ATTEMPTS = 12;

  /** The alias of the first select item that carries the keys of {@code DISTINCT ON} (see {@link SqlPreprocessor}). */
  public static final String DISTINCT_ON = SqlPreprocessor.DISTINCT_ON;
  /** The function a struct literal {@code {'a': x}} is parsed as: {@code "$struct"('a', x)}. */
  public static final String STRUCT = SqlPreprocessor.STRUCT;

  private static final ThreadLocal<Parsers> PARSERS = ThreadLocal.withInitial(Parsers::new);

  /** Parses one model; never throws for bad SQL (the result then carries an E004). */
  public ParsedModel parse(String modelName, String file, String sql, Dialect dialect) {
    SqlPreprocessor.Prepared prepared = SqlPreprocessor.scan(sql, dialect);
    Rewrite rewrite = prepared.rewrite();
    Parsers parsers = PARSERS.get();
    SqlNode query = new Repair(parsers, rewrite, dialect, prepared.babelSyntax()).run();
    SourceMap map = rewrite.map();
    if (query == null) {
      Diagnostic d;
      try {
        query = parsers.babel(rewrite.text(), dialect);
      } catch (SqlParseException babelError) {
        d = ParseErrors.fromException(modelName, file, rewrite.text(), babelError, map);
        return new ParsedModel(modelName, file, sql, dialect, null, d, List.of(), map);
      }
    }
    if (!isQuery(query)) {
      int line = Math.max(1, query.getParserPosition().getLineNum());
      int col = map.startCol(line, Math.max(1, query.getParserPosition().getColumnNum()));
      Diagnostic d = ParseErrors.notAQuery(modelName, file, line, col, query.getKind().lowerName.replace('_', ' '));
      return new ParsedModel(modelName, file, sql, dialect, null, d, List.of(), map);
    }
    return new ParsedModel(modelName, file, sql, dialect, query, null, TableRefCollector.collect(query, map), map);
  }

  private static boolean isQuery(SqlNode node) {
    return node.getKind().belongsTo(SqlKind.QUERY) || node.getKind() == SqlKind.WITH
        || node.getKind() == SqlKind.ORDER_BY;
  }

  /**
   * The parse attempts of one model: quote a keyword the dialect reads as a name where the parse
   * stopped, keep the quote if the next attempt gets further, else undo it and try the next candidate;
   * when nothing is left to quote, try Babel (keeping the quotes that helped).
   */
  private static final class Repair {
    private final Parsers parsers;
    private final Rewrite rewrite;
    private final Dialect dialect;
    private boolean babel;
    private final List<Integer> tried = new ArrayList<>(2);

    Repair(Parsers parsers, Rewrite rewrite, Dialect dialect, boolean babel) {
      this.parsers = parsers;
      this.rewrite = rewrite;
      this.dialect = dialect;
      this.babel = babel;
    }

    @Nullable SqlNode run() {
      Rewrite.Edit pending = null; // the last quote added, kept only if it lets the parse get further
      ParseStop pendingStop = null;
      int pendingFrom = -1;
      for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        if (!babel) {
          SqlNode fast = FastParser.parse(rewrite.text(), dialect == Dialect.DATABRICKS);
          if (fast != null) {
            return fast;
          }
        }
        Attempt a = babel ? parsers.quietBabel(rewrite.text(), dialect) : parsers.quietCore(rewrite.text(), dialect);
        if (a.node() != null) {
          return a.node();
        }
        ParseStop stop = a.stop();
        if (pending != null) {
          int now = stop == null ? -1 : offset(stop);
          if (now <= pendingFrom) {
            rewrite.remove(pending); // no better: back to where we were
            stop = pendingStop;
          }
          pending = null;
        }
        Rewrite.Edit quoted = stop == null ? null : quoteCandidate(stop);
        if (quoted != null) {
          pending = quoted;
          pendingStop = stop;
          pendingFrom = offset(stop);
        } else if (!babel) {
          babel = true;
          tried.clear();
        } else {
          return null;
        }
      }
      return null;
    }

    /** Quotes the first untried keyword around the stop that the dialect reads as a name. */
    private Rewrite.@Nullable Edit quoteCandidate(ParseStop stop) {
      SourceMap map = rewrite.map();
      for (ParseStop.Token t : stop.candidates()) {
        if (!t.keyword() || t.line() != t.endLine() || !DialectKeywords.isIdentifier(dialect, t.image())) {
          continue;
        }
        int start = rewrite.offset(t.line(), map.startCol(t.line(), t.col()));
        int end = rewrite.offset(t.line(), map.endCol(t.line(), t.endCol())) + 1;
        if (start < 0 || end <= start || tried.contains(start)
            || !rewrite.base().regionMatches(true, start, t.image(), 0, t.image().length())
            || end - start != t.image().length() || typedLiteral(rewrite.base(), end)) {
          continue;
        }
        String q = dialect == Dialect.DATABRICKS ? "`" : "\"";
        if (rewrite.add(start, end, q + rewrite.base().substring(start, end) + q)) {
          tried.add(start);
          return rewrite.at(start);
        }
      }
      return null;
    }

    /** Whether a string literal follows: {@code DATE '...'}, {@code INTERVAL '...'} are literals, not names. */
    private static boolean typedLiteral(String text, int from) {
      int i = from;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i < text.length() && text.charAt(i) == '\'';
    }

    /** Where the parse stopped, as an offset of the original text (-1 when unknown). */
    private int offset(ParseStop stop) {
      ParseStop.Token t = stop.next();
      if (t == null) {
        return Integer.MAX_VALUE; // stopped at the end: as far as a parse can get
      }
      return rewrite.offset(t.line(), rewrite.map().startCol(t.line(), t.col()));
    }
  }

  /** A quiet parse's tree, or where it stopped (null when it failed for another reason). */
  private record Attempt(@Nullable SqlNode node, @Nullable ParseStop stop) {}

  /** One thread's parsers, each re-initialised for every statement. */
  private static final class Parsers {
    private @Nullable SqlAbstractParserImpl core;
    private @Nullable SqlAbstractParserImpl quietBabel;
    private @Nullable SqlAbstractParserImpl babel;

    Attempt quietCore(String text, Dialect dialect) {
      StringReader reader = new StringReader(text);
      SqlAbstractParserImpl parser = core;
      if (parser == null) {
        parser = new QuietCoreParser(reader);
      } else {
        parser.ReInit(reader);
      }
      configure(parser, dialect);
      try {
        SqlNode node = parser.parseSqlStmtEof();
        core = parser;
        return new Attempt(node, null);
      } catch (QuietCoreParser.QuietFailure e) {
        core = parser; // ReInit resets all of JavaCC's state; a parser costs ~60 KB to build
        return new Attempt(null, e.stop());
      } catch (Exception | Error e) {
        core = null;
        return new Attempt(null, null);
      }
    }

    Attempt quietBabel(String text, Dialect dialect) {
      StringReader reader = new StringReader(text);
      SqlAbstractParserImpl parser = quietBabel;
      if (parser == null) {
        parser = new QuietBabelParser(reader);
      } else {
        parser.ReInit(reader);
      }
      configure(parser, dialect);
      try {
        SqlNode node = parser.parseSqlStmtEof();
        quietBabel = parser;
        return new Attempt(node, null);
      } catch (QuietBabelParser.QuietFailure e) {
        quietBabel = parser;
        return new Attempt(null, e.stop());
      } catch (Exception | Error e) {
        quietBabel = null;
        return new Attempt(null, null);
      }
    }

    /** A full Babel parse, for its error message; throws what Calcite reports. */
    SqlNode babel(String text, Dialect dialect) throws SqlParseException {
      StringReader reader = new StringReader(text);
      SqlAbstractParserImpl parser = babel;
      if (parser == null) {
        parser = SqlBabelParserImpl.FACTORY.getParser(reader);
      } else {
        parser.ReInit(reader);
      }
      configure(parser, dialect);
      try {
        SqlNode node = parser.parseSqlStmtEof();
        babel = parser;
        return node;
      } catch (Throwable t) {
        babel = null;
        throw parser.normalizeException(t);
      }
    }

    private static void configure(SqlAbstractParserImpl parser, Dialect dialect) {
      parser.setTabSize(1);
      parser.setQuotedCasing(Casing.UNCHANGED);
      parser.setUnquotedCasing(Casing.UNCHANGED);
      parser.setIdentifierMaxLength(IDENTIFIER_MAX_LENGTH);
      parser.setConformance(SqlConformanceEnum.BABEL);
      parser.switchTo(switch (dialect) {
        case DUCKDB, SNOWFLAKE -> SqlAbstractParserImpl.LexicalState.DQID;
        case DATABRICKS -> SqlAbstractParserImpl.LexicalState.BTID;
      });
    }
  }
}
