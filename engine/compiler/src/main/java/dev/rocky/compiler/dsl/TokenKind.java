package dev.rocky.compiler.dsl;

/** The kinds of DSL token. Words that are keywords only in one place (keep, desc, rows...) are identifiers. */
enum TokenKind {
  IDENT,
  STRING,
  NUMBER,
  DATE,
  /** {@code @var(...)}, {@code @start_date} or {@code @end_date}: passed to SQL as written. */
  PLACEHOLDER,
  KEYWORD,
  LBRACE,
  RBRACE,
  LPAREN,
  RPAREN,
  LBRACKET,
  RBRACKET,
  COLON,
  COMMA,
  DOT,
  DOTDOT,
  STAR,
  PLUS,
  MINUS,
  SLASH,
  PERCENT,
  EQ,
  NEQ,
  LT,
  LTE,
  GT,
  GTE,
  ASSIGN,
  ARROW,
  PIPE,
  EOF
}
