package dev.rocky.compiler.sql;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.parser.impl.ParseException;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;
import org.apache.calcite.sql.parser.impl.SqlParserImplConstants;
import org.apache.calcite.sql.parser.impl.Token;
import org.apache.calcite.sql.parser.impl.TokenMgrError;
import org.jspecify.annotations.Nullable;

/**
 * Calcite's core parser, failing cheaply. When JavaCC meets an unexpected token it rebuilds every
 * expected-token sequence by re-running all lookaheads ({@code generateParseException}), which costs
 * about 1.3 ms per failure, 35 times a whole successful parse. This subclass fails with a bare,
 * stackless exception instead, carrying only the tokens around the failure, which is what a keyword
 * repair needs ({@link ModelParser}); the error a user sees comes from a full parse of the final text.
 */
final class QuietCoreParser extends SqlParserImpl {

  QuietCoreParser(Reader reader) {
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
      if (t == null || t.kind == SqlParserImplConstants.EOF) {
        break;
      }
      tokens.add(of(t));
    }
    return new QuietFailure(new ParseStop(tokens, nextIndex));
  }

  private static ParseStop.Token of(Token t) {
    return new ParseStop.Token(t.image, t.kind != SqlParserImplConstants.IDENTIFIER, t.beginLine, t.beginColumn,
        t.endLine, t.endColumn);
  }

  /** A parse failure that carries nothing but where it stopped; costs nothing to build. */
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
