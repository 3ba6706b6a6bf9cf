package dev.rocky.cli.output;

import java.io.PrintWriter;

/** How a result looks in {@code --output table}: aligned columns, diagnostics, a short summary. */
@FunctionalInterface
public interface HumanView {
  void render(PrintWriter out);

  /** A view of fixed lines of text. */
  static HumanView lines(String... lines) {
    return out -> {
      for (String line : lines) {
        out.println(line);
      }
    };
  }
}
