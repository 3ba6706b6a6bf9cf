package dev.rocky.compiler.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.port.ProjectSource;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads TOML files through the project source: {@code ${VAR}} substitution on the raw text, then
 * parsing into a tree ({@link FastToml} for the plain subset, else Jackson). Unset variables,
 * unreadable files and malformed TOML become findings with the file, line and column.
 */
final class TomlFiles {
  private final ProjectSource source;
  private final Map<String, String> env;
  private final ObjectMapper mapper;
  private final Findings findings;

  TomlFiles(ProjectSource source, Map<String, String> env, ObjectMapper mapper, Findings findings) {
    this.source = source;
    this.env = env;
    this.mapper = mapper;
    this.findings = findings;
  }

  /** The same reader, reporting to {@code other}. */
  TomlFiles reporting(Findings other) {
    return new TomlFiles(source, env, mapper, other);
  }

  /** Reads, substitutes and parses {@code path}; empty (with a finding) when it cannot be read or parsed. */
  Optional<TomlDocument> read(String path, DiagnosticCode code) {
    return read(path, code, true);
  }

  /** Reads and parses {@code path} as written, without {@code ${VAR}} substitution. */
  Optional<TomlDocument> readLiteral(String path, DiagnosticCode code) {
    return read(path, code, false);
  }

  private Optional<TomlDocument> read(String path, DiagnosticCode code, boolean substitute) {
    String text;
    try {
      text = source.read(path);
    } catch (IOException e) {
      findings.report(code, SourceSpan.file(path), LoadMessages.cannotRead(path, e), LoadMessages.CHECK_PERMISSIONS);
      return Optional.empty();
    }
    return substitute ? parse(path, text, code) : parseText(path, text, text, code);
  }

  /** Substitutes and parses {@code rawText}, reporting problems against {@code path}. */
  Optional<TomlDocument> parse(String path, String rawText, DiagnosticCode code) {
    EnvSubstitution.Result substituted = EnvSubstitution.apply(rawText, env);
    for (EnvSubstitution.Missing m : substituted.missing()) {
      findings.report(code, SourceSpan.at(path, m.line(), m.col(), m.length()),
          LoadMessages.unsetVariable(m.name(), path), LoadMessages.setVariable(m.name()));
    }
    return parseText(path, rawText, substituted.text(), code);
  }

  private Optional<TomlDocument> parseText(String path, String rawText, String text, DiagnosticCode code) {
    ObjectNode plain = FastToml.parse(text, mapper.getNodeFactory());
    if (plain != null) {
      return Optional.of(new TomlDocument(path, rawText, plain, TomlPositions.of(text)));
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(text);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 1 : clampLine(at.getLineNr(), text);
      int col = at == null ? 1 : Math.max(1, at.getColumnNr());
      String detail = e.getOriginalMessage();
      findings.report(code, SourceSpan.at(path, line, col), LoadMessages.invalidToml(path, detail),
          LoadMessages.fixToml(detail));
      return Optional.empty();
    } catch (RuntimeException e) {
      findings.report(code, SourceSpan.at(path, 1, 1), LoadMessages.invalidToml(path, String.valueOf(e.getMessage())),
          LoadMessages.fixToml(""));
      return Optional.empty();
    }
    ObjectNode root = tree instanceof ObjectNode o ? o : mapper.createObjectNode();
    return Optional.of(new TomlDocument(path, rawText, root, TomlPositions.of(text)));
  }

  private static int clampLine(int line, String text) {
    int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
    return Math.max(1, Math.min(line, lines));
  }
}
