package dev.rocky.cli.command;

import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.scaffold.ScaffoldResult;
import java.io.PrintWriter;
import java.util.List;

/**
 * The result of {@code init} and {@code playground}.
 *
 * @param path the project directory, absolute
 * @param files the files written, relative to {@code path}
 */
record ScaffoldOutput(String path, List<String> files) {

  static ScaffoldOutput of(ScaffoldResult result) {
    return new ScaffoldOutput(result.path().toString(), result.files());
  }

  /** The table-mode text: what was created where, and the next commands to try ({@code moreNext} after the usual ones). */
  HumanView human(String headline, String shownAs, String... moreNext) {
    return (PrintWriter out) -> {
      out.println(headline);
      out.println();
      for (String file : files) {
        out.println("  " + file);
      }
      out.println();
      out.println("Next:");
      if (!shownAs.equals(".")) {
        out.println("  cd " + shownAs);
      }
      out.println("  rocky validate      check the configuration and the models");
      out.println("  rocky compile       type-check the models and their contracts");
      for (String line : moreNext) {
        out.println(line);
      }
    };
  }
}
