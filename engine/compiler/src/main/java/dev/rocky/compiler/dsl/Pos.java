package dev.rocky.compiler.dsl;

/** A place in a {@code .rocky} file: 0-based character offset, 1-based line and column. */
public record Pos(int offset, int line, int col) {

  public static final Pos START = new Pos(0, 1, 1);

  @Override
  public String toString() {
    return line + ":" + col;
  }
}
