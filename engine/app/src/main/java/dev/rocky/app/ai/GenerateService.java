package dev.rocky.app.ai;

import dev.rocky.app.compile.CompileService;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.ai.AiMessage;
import dev.rocky.core.ai.AiProvider;
import dev.rocky.core.ai.AiReply;
import dev.rocky.core.ai.AiRequest;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.core.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky ai}: asks the model for a new model, compiles its answer with the project (in
 * memory, nothing written), and while the compile has errors sends the diagnostics back, up to
 * the attempts allowed. The compiler is the gate: an answer is accepted only when the whole
 * project compiles without errors.
 */
public final class GenerateService {
  private final AiProvider provider;
  private final CompileService compiler;
  private final int maxTokens;

  /** @param compiler compiles the candidates; give it no cache, so that no candidate is remembered */
  public GenerateService(AiProvider provider, CompileService compiler, int maxTokens) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.compiler = Objects.requireNonNull(compiler, "compiler");
    this.maxTokens = maxTokens;
  }

  /**
   * @param name the new model's name, or null to let the model choose
   * @param maxAttempts how many answers to ask for at most (at least 1)
   */
  public record Request(String intent, @Nullable String name, ModelFormat format, int maxAttempts) {
    public Request {
      Objects.requireNonNull(intent, "intent");
      Objects.requireNonNull(format, "format");
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1");
      }
    }
  }

  /**
   * What came of it.
   *
   * @param compiled whether the last answer compiles without errors (only then may it be written)
   * @param attempts how many answers were asked for
   * @param candidate the last answer's files
   * @param diagnostics the last compile's errors and its findings about the new model
   */
  public record Outcome(boolean compiled, int attempts, Candidate candidate, List<Diagnostic> diagnostics) {
    public Outcome {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * @param base the project compiled as it is, without errors
   * @param options the options {@code base} was compiled with
   */
  public Outcome generate(ProjectSource source, CompileOptions options, CompileResult base, Request request) {
    Project project = Objects.requireNonNull(base.project(), "project");
    String modelsDir = options.modelsDir() == null ? "models" : options.modelsDir();
    String system = GeneratePrompt.system(request.format());
    List<AiMessage> messages = new ArrayList<>();
    messages.add(AiMessage.user(GeneratePrompt.request(base, request.intent(), request.name(), request.format())));
    Outcome last = null;
    for (int attempt = 1; attempt <= request.maxAttempts(); attempt++) {
      AiReply reply = provider.complete(new AiRequest(system, messages, maxTokens));
      Candidate candidate = AnswerParser.candidate(reply.text(), request.name(), request.format(), modelsDir);
      messages.add(AiMessage.assistant(reply.text()));
      if (project.model(candidate.name()).isPresent()) {
        last = new Outcome(false, attempt, candidate, List.of());
        messages.add(AiMessage.user("A model named " + candidate.name()
            + " already exists. Choose another name and answer again with the complete blocks.\n"));
        continue;
      }
      CompileResult result = compiler.compile(new OverlayProjectSource(source, candidate.files()), options);
      List<Diagnostic> findings = relevant(result.diagnostics(), candidate);
      boolean clean = findings.stream().noneMatch(Diagnostic::isError);
      last = new Outcome(clean, attempt, candidate, findings);
      if (clean) {
        return last;
      }
      messages.add(AiMessage.user(GeneratePrompt.fix(findings, request.format())));
    }
    return Objects.requireNonNull(last, "last");
  }

  /** Every error (any blocks the answer) and the other findings about the new model's files. */
  static List<Diagnostic> relevant(List<Diagnostic> diagnostics, Candidate candidate) {
    return diagnostics.stream()
        .filter(d -> d.isError() || candidate.name().equals(d.model())
            || (d.span() != null && candidate.files().containsKey(d.span().file())))
        .toList();
  }
}
