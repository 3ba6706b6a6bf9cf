package dev.rocky.app.validate;

import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.Compiler;
import dev.rocky.compiler.load.LoadResult;
import dev.rocky.compiler.validate.ConfigValidator;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode.Category;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.port.ProjectSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a project offline: configuration (V codes), style (L codes) and project shape (model
 * loading, duplicate targets, dependency cycles). Type checking is {@code compile}'s job, so its
 * findings are left out here.
 */
public final class ValidateService {
  private static final Set<Category> REPORTED = EnumSet.of(Category.CONFIG, Category.STYLE, Category.PROJECT);
  private final Compiler compiler;

  public ValidateService(CacheStore cache) {
    this.compiler = new Compiler(cache, null);
  }

  public ValidateReport validate(ProjectSource source, CompileOptions options) {
    CompileResult result = compiler.compile(source, options.withSeed(false));
    List<Diagnostic> findings = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      if (REPORTED.contains(d.code().category())) {
        findings.add(d);
      }
    }
    if (result.project() != null) {
      findings.addAll(new ConfigValidator().validate(new LoadResult(result.project(), List.of())));
    }
    boolean valid = findings.stream().noneMatch(Diagnostic::isError);
    int adapters = result.project() == null ? 0 : result.project().config().adapters().size();
    int pipelines = result.project() == null ? 0 : result.project().config().pipelines().size();
    int models = result.project() == null ? 0 : result.project().models().size();
    return new ValidateReport(valid, adapters, pipelines, models, findings);
  }
}
