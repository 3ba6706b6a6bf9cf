package dev.rocky.compiler.sql;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.parser.babel.ParseException;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImplConstants;
import org.apache.calcite.sql.parser.babel.Token;
import org.apache.calcite.sql.parser.babel.TokenMgrError;
import org.jspecify.annotations.Nullable;

/** Calcite's Babel parser, failing cheaply; see {@link QuietCoreParser}. */
final class QuietBabelParser extends SqlBabelParserImpl {

  QuietBabelParser(Reader reader) {
    super(reader);
  }

  @Override
  public ParseException generateParseException() {
    List<ParseStop.Token> tokens = new ArrayList<>(4);
    if (token != null && token.kind != 0 && token.image != null) {
      tokens.add(of(token));
    }
    int nextIndex = tokens.size();
    for (int i = 1; i <= 3; i++) {
      Token t;
      try {
        t = getToken(i);
      } catch (TokenMgrError e) {
        break;
      }
      if (t == null || t.kind == SqlBabelParserImplConstants.EOF) {
        break;
      }
      tokens.add(of(t));
    }
    return new QuietFailure(new ParseStop(tokens, nextIndex));
  }

  private static ParseStop.Token of(Token t) {
    return new ParseStop.Token(t.image, t.kind != SqlBabelParserImplConstants.IDENTIFIER, t.beginLine,
        t.beginColumn, t.endLine, t.endColumn);
  }

  /** A parse failure that carries nothing but where it stopped. */
  static final class QuietFailure extends ParseException {
    private static final long serialVersionUID = 1L;
    private final transient @Nullable ParseStop stop;

    QuietFailure(@Nullable ParseStop stop) {
      super("the parser cannot read this text");
      this.stop = stop;
    }

    @Nullable ParseStop stop() {
      return stop;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
