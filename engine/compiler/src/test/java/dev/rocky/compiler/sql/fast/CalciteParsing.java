package dev.rocky.compiler.sql.fast;

import java.io.StringReader;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.jspecify.annotations.Nullable;

/** Calcite's core parser configured as {@code ModelParser} configures it: the reference for the fast path. */
public final class CalciteParsing {
  private CalciteParsing() {}

  /** Calcite's tree, or null when Calcite cannot parse the text. */
  public static @Nullable SqlNode parse(String sql, boolean backticks) {
    SqlAbstractParserImpl p = SqlParserImpl.FACTORY.getParser(new StringReader(sql));
    p.setTabSize(1);
    p.setQuotedCasing(Casing.UNCHANGED);
    p.setUnquotedCasing(Casing.UNCHANGED);
    p.setIdentifierMaxLength(128);
    p.setConformance(SqlConformanceEnum.BABEL);
    p.switchTo(backticks ? SqlAbstractParserImpl.LexicalState.BTID : SqlAbstractParserImpl.LexicalState.DQID);
    try {
      return p.parseSqlStmtEof();
    } catch (Exception | Error e) {
      return null;
    }
  }

  /**
   * Null when the fast path agrees with Calcite on {@code sql} (the same tree, or stepping aside); else
   * what differs.
   */
  public static @Nullable String disagreement(String sql, boolean backticks) {
    SqlNode fast = FastParser.parse(sql, backticks);
    if (fast == null) {
      return null;
    }
    SqlNode calcite = parse(sql, backticks);
    if (calcite == null) {
      return "the fast path reads what Calcite rejects";
    }
    return TreeDiff.diff(fast, calcite);
  }
}
