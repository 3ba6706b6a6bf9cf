package dev.rocky.app.ai;

import dev.rocky.core.ai.AiErrorCode;
import dev.rocky.core.ai.AiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the files out of a model's answer: fenced code blocks tagged with their language
 * ({@code sql} or {@code rocky} for the model, {@code toml} for a sidecar), and a line
 * {@code name: <snake_case>} when the model was asked to choose the name. Text around them is
 * ignored.
 */
public final class AnswerParser {
  private static final Pattern NAME_LINE = Pattern.compile("(?m)^\\s*name:\\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\\s*$");
  /** What a model name may be, so that it is a plain file name and an unquoted identifier. */
  public static final Pattern MODEL_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  private AnswerParser() {}

  /** A fenced block: its tag (lower-cased first word of the info string) and text. */
  public record Block(String tag, String text) {}

  /**
   * @param name the name the user chose, or null when the answer must give one
   * @param modelsDir project-relative models directory
   */
  public static Candidate candidate(String answer, @Nullable String name, ModelFormat format, String modelsDir) {
    List<Block> blocks = blocks(answer);
    String model = first(blocks, format.extension());
    if (model == null) {
      throw malformed("the answer has no ```" + format.extension() + " code block with the model");
    }
    String chosen = name;
    if (chosen == null) {
      Matcher m = NAME_LINE.matcher(outsideBlocks(answer));
      if (!m.find()) {
        throw malformed("the answer does not name the model (a line 'name: <snake_case>')");
      }
      chosen = m.group(1).toLowerCase(Locale.ROOT);
    }
    String dir = modelsDir.isEmpty() ? "" : modelsDir + "/";
    return new Candidate(chosen, dir + chosen + "." + format.extension(), ensureNewline(model), dir + chosen + ".toml",
        optional(first(blocks, "toml")));
  }

  /** Every fenced code block, in order; an unclosed block runs to the end. */
  public static List<Block> blocks(String answer) {
    List<Block> out = new ArrayList<>();
    String[] lines = answer.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.startsWith("```")) {
        continue;
      }
      String info = line.substring(3).strip();
      String tag = info.isEmpty() ? "" : info.split("\\s+")[0].toLowerCase(Locale.ROOT);
      StringBuilder text = new StringBuilder();
      int j = i + 1;
      while (j < lines.length && !lines[j].strip().equals("```")) {
        text.append(lines[j]).append('\n');
        j++;
      }
      out.add(new Block(tag, text.toString()));
      i = j;
    }
    return out;
  }

  private static String outsideBlocks(String answer) {
    StringBuilder out = new StringBuilder();
    boolean inside = false;
    for (String line : answer.split("\\R", -1)) {
      if (line.strip().startsWith("```")) {
        inside = !inside;
      } else if (!inside) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static @Nullable String first(List<Block> blocks, String tag) {
    return blocks.stream().filter(b -> b.tag().equals(tag)).map(Block::text).filter(t -> !t.isBlank())
        .findFirst().orElse(null);
  }

  private static @Nullable String optional(@Nullable String text) {
    return text == null ? null : ensureNewline(text);
  }

  private static String ensureNewline(String text) {
    String stripped = text.strip();
    return stripped + "\n";
  }

  static AiException malformed(String message) {
    return new AiException(AiErrorCode.AI_MALFORMED_RESPONSE, message,
        "try again; the prompt asks for fenced code blocks, which some models do not follow");
  }
}
