package dev.rocky.app.load;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the warehouse said about a file it could not read, boiled down to a line number (when it
 * gave one) and a one-line reason, e.g. "expected 3 columns, found 4: 3,c,4,9".
 */
record FileProblem(OptionalLong line, String reason) {
  private static final Pattern LINE = Pattern.compile("(?:CSV Error on Line: |in line )(\\d+)");
  private static final Pattern JSON = Pattern.compile("Malformed JSON[^\\n]*? in line \\d+: ([^\\n]*)");
  private static final Pattern COLUMNS = Pattern.compile("Expected Number of Columns: (\\d+) Found: (\\d+)");
  private static final Pattern ORIGINAL = Pattern.compile("Original Line: (.*)");
  private static final Pattern CONVERT = Pattern.compile("(Could not convert [^\\n]*|Error when converting column [^\\n]*)");

  static FileProblem of(String message) {
    Matcher line = LINE.matcher(message);
    OptionalLong at = line.find() ? OptionalLong.of(Long.parseLong(line.group(1))) : OptionalLong.empty();
    List<String> parts = new ArrayList<>();
    Matcher columns = COLUMNS.matcher(message);
    Matcher convert = CONVERT.matcher(message);
    if (columns.find()) {
      parts.add("expected " + columns.group(1) + " columns, found " + columns.group(2));
    } else if (message.contains("unterminated quote")) {
      parts.add("a quoted value is never closed");
    } else if (convert.find()) {
      parts.add(convert.group(1).strip());
    } else {
      Matcher json = JSON.matcher(message);
      if (json.find()) {
        parts.add("malformed JSON: " + json.group(1).strip());
      }
    }
    Matcher original = ORIGINAL.matcher(message);
    if (original.find() && !original.group(1).isBlank()) {
      String row = original.group(1).strip();
      parts.add("the row reads: " + (row.length() > 120 ? row.substring(0, 120) + "..." : row));
    }
    if (parts.isEmpty()) {
      parts.add(firstLine(message));
    }
    return new FileProblem(at, String.join("; ", parts));
  }

  private static String firstLine(String message) {
    String first = message.lines().filter(l -> !l.isBlank()).findFirst().orElse(message).strip();
    int cut = first.indexOf("failed in DuckDB: ");
    return cut < 0 ? first : first.substring(cut + "failed in DuckDB: ".length());
  }
}
