package dev.rocky.compiler.sql;

import java.io.Reader;
import org.apache.calcite.sql.parser.impl.ParseException;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;

/**
 * Calcite's core parser, failing cheaply. When JavaCC meets an unexpected token it rebuilds every
 * expected-token sequence by re-running all lookaheads ({@code generateParseException}), which costs
 * about 1.3 ms per failure, 35 times a whole successful parse. The core parser's error is never
 * reported (Babel's is), so this subclass fails with a bare, stackless exception instead: models that
 * need Babel (a {@code ::} cast, a column named {@code month} or {@code method}, which the core
 * grammar reserves) then cost little more than the Babel parse itself.
 */
final class QuietCoreParser extends SqlParserImpl {

  QuietCoreParser(Reader reader) {
    super(reader);
  }

  @Override
  public ParseException generateParseException() {
    return new CoreParseFailure();
  }

  /** The core parser could not read the text; carries nothing, costs nothing. */
  static final class CoreParseFailure extends ParseException {
    private static final long serialVersionUID = 1L;

    CoreParseFailure() {
      super("the core parser cannot read this text");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
