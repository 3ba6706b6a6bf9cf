package dev.rocky.compiler.check;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Contract;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypeRules;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks compile-time contracts ({@code <model>.contract.toml}) against the inferred output
 * schemas, with Rocky's rules: E010 required column missing, E011 type mismatch, E012 NOT NULL
 * column inferred nullable, E013 protected column missing, W010 declared column missing, W011
 * contract for an unknown model.
 *
 * <p>No false positives: a column is "missing" only when the schema is complete, and a column
 * whose type is Unknown is checked for neither type nor nullability. Column names match
 * case-insensitively. Diagnostics come per contract in model-name order; within a contract,
 * required columns, then declared columns in file order, then protected columns.
 */
public final class ContractChecker {
  private final SourceTexts texts;

  /** {@code texts} gives the contract files' text, to point at the offending key. */
  public ContractChecker(SourceTexts texts) {
    this.texts = texts;
  }

  /**
   * Checks every contract. {@code schemas} holds the inferred schema per model name; a model with
   * no entry has nothing provable and is skipped. {@code modelNames} is every model in the project.
   */
  public List<Diagnostic> check(List<Contract> contracts, Map<String, ModelSchema> schemas, Set<String> modelNames) {
    List<Diagnostic> out = new ArrayList<>();
    contracts.stream()
        .sorted(Comparator.comparing(Contract::model).thenComparing(Contract::file))
        .forEach(c -> out.addAll(check(c, schemas.get(c.model()), modelNames)));
    return List.copyOf(out);
  }

  private List<Diagnostic> check(Contract contract, @Nullable ModelSchema schema, Set<String> modelNames) {
    Located at = new Located(contract, texts.text(contract.file()).map(t -> TomlLocator.of(contract.file(), t)));
    if (!modelNames.contains(contract.model())) {
      return List.of(unknownModel(contract, modelNames));
    }
    if (schema == null) {
      return List.of();
    }
    List<Diagnostic> out = new ArrayList<>();
    String model = contract.model();
    for (String required : contract.required()) {
      if (schema.complete() && schema.column(required).isEmpty()) {
        out.add(finding(DiagnosticCode.E010, model, "required column '" + required + "' missing from model output",
            at.item("required", required),
            "add '" + required + "' to the SELECT list or remove it from [rules] required"
                + Names.didYouMean(required, columnNames(schema))));
      }
    }
    Set<String> required = lower(contract.required());
    for (Contract.Column declared : contract.columns()) {
      Optional<TypedColumn> inferred = schema.column(declared.name());
      if (inferred.isPresent()) {
        out.addAll(checkColumn(model, declared, inferred.get(), at));
      } else if (schema.complete() && !required.contains(declared.name().toLowerCase(Locale.ROOT))) {
        out.add(finding(DiagnosticCode.W010, model, "contract column '" + declared.name() + "' missing from model output",
            at.column(declared, null),
            "add '" + declared.name() + "' to the SELECT list or remove its [[columns]] entry from the contract"
                + Names.didYouMean(declared.name(), columnNames(schema))));
      }
    }
    for (String kept : contract.protectedColumns()) {
      if (schema.complete() && schema.column(kept).isEmpty()) {
        out.add(finding(DiagnosticCode.E013, model, "protected column '" + kept + "' removed from model output",
            at.item("protected", kept),
            "restore '" + kept + "' in the SELECT list; consumers rely on it (or remove it from [rules] protected)"
                + Names.didYouMean(kept, columnNames(schema))));
      }
    }
    return out;
  }

  private static List<Diagnostic> checkColumn(String model, Contract.Column declared, TypedColumn inferred, Located at) {
    if (inferred.type().isUnknown()) {
      return List.of();
    }
    List<Diagnostic> out = new ArrayList<>();
    String name = declared.name();
    String type = declared.type();
    if (type != null && !TypeRules.matchesContract(inferred.type(), type)) {
      out.add(finding(DiagnosticCode.E011, model,
          "column '" + name + "' is " + inferred.type().typeName() + " but the contract expects " + type,
          at.column(declared, "type"),
          "CAST " + name + " to " + type + " in the SELECT list, or change the contract's type to "
              + inferred.type().typeName()));
    }
    if (Boolean.FALSE.equals(declared.nullable()) && inferred.nullable()) {
      out.add(finding(DiagnosticCode.E012, model,
          "column '" + name + "' may be NULL but the contract says nullable = false",
          at.column(declared, "nullable"),
          "filter with WHERE " + name + " IS NOT NULL or COALESCE(" + name + ", <default>), or set nullable = true in the contract"));
    }
    return out;
  }

  private static Diagnostic unknownModel(Contract contract, Set<String> modelNames) {
    return finding(DiagnosticCode.W011, contract.model(),
        "contract " + contract.file() + " is for model '" + contract.model() + "', which is not in the project",
        SourceSpan.file(contract.file()),
        Names.closest(contract.model(), modelNames)
            .map(m -> "rename the contract to " + m + ".contract.toml if it is for model '" + m + "', or delete it")
            .orElse("delete the contract, or name it <model>.contract.toml after an existing model"));
  }

  private static Diagnostic finding(DiagnosticCode code, String model, String message, SourceSpan span, String suggestion) {
    return Diagnostic.of(code, message).withModel(model).withSpan(span).withSuggestion(suggestion);
  }

  private static List<String> columnNames(ModelSchema schema) {
    return schema.columns().stream().map(TypedColumn::name).toList();
  }

  private static Set<String> lower(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  /** Spans into one contract file; the whole file when its text is not available. */
  private record Located(Contract contract, Optional<TomlLocator> toml) {
    SourceSpan item(String rule, String column) {
      return toml.flatMap(t -> t.arrayItem("rules", rule, column)).orElseGet(() -> SourceSpan.file(contract.file()));
    }

    SourceSpan column(Contract.Column column, @Nullable String key) {
      return toml.flatMap(t -> t.inNamedBlock("columns", column.name(), key))
          .orElseGet(() -> column.line() > 0
              ? SourceSpan.at(contract.file(), column.line(), 1)
              : SourceSpan.file(contract.file()));
    }
  }
}
