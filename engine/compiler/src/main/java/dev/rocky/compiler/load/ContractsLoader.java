package dev.rocky.compiler.load;

import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.core.project.Contract;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Loads contracts: {@code <stem>.contract.toml} next to a model's SQL (source {@code auto}; it
 * belongs to the model of that SQL file, else to the model named by the stem) and
 * {@code <model>.contract.toml} in the explicit contracts directory (source {@code explicit},
 * which wins over an auto contract for the same model). A contract for an unknown model is
 * still loaded; the contract check reports it.
 */
final class ContractsLoader {
  private static final DiagnosticCode CODE = DiagnosticCode.V030;
  private static final String SUFFIX = ".contract.toml";

  private final ProjectSource source;
  private final TomlFiles toml;
  private final Binder binder;
  private final Findings findings;

  ContractsLoader(ProjectSource source, TomlFiles toml, Binder binder, Findings findings) {
    this.source = source;
    this.toml = toml;
    this.binder = binder;
    this.findings = findings;
  }

  /**
   * @param autoFiles contract files found among the models
   * @param modelBySqlStem model names by SQL path without {@code .sql}
   * @param contractsDir the explicit contracts directory, or null
   */
  List<Contract> load(List<String> autoFiles, Map<String, String> modelBySqlStem, @Nullable String contractsDir) {
    List<Contract> explicit = new ArrayList<>();
    if (contractsDir != null) {
      if (!source.isDirectory(contractsDir)) {
        findings.report(DiagnosticCode.V001, SourceSpan.file(contractsDir), LoadMessages.contractsDirMissing(contractsDir),
            LoadMessages.CREATE_CONTRACTS_DIR);
      } else {
        try {
          for (String f : source.listFiles(contractsDir)) {
            if (f.endsWith(SUFFIX)) {
              read(f, stem(f), "explicit").ifPresent(explicit::add);
            }
          }
        } catch (IOException e) {
          findings.report(DiagnosticCode.V001, SourceSpan.file(contractsDir), LoadMessages.cannotRead(contractsDir, e),
              LoadMessages.CHECK_PERMISSIONS);
        }
      }
    }
    Set<String> covered = new HashSet<>();
    explicit.forEach(c -> covered.add(c.model()));
    List<Contract> out = new ArrayList<>();
    for (String f : autoFiles) {
      String stemPath = f.substring(0, f.length() - SUFFIX.length());
      String model = modelBySqlStem.getOrDefault(stemPath, stem(f));
      if (!covered.contains(model)) {
        read(f, model, "auto").ifPresent(out::add);
      }
    }
    out.addAll(explicit);
    return out;
  }

  private Optional<Contract> read(String file, String model, String origin) {
    return toml.readLiteral(file, CODE).map(doc -> {
      ContractToml c = binder.bind(doc.root(), ContractToml.class, new Binder.Site(doc, List.of(), CODE))
          .orElse(new ContractToml(null, null));
      List<Contract.Column> columns = new ArrayList<>();
      List<ContractToml.Column> declared = c.columns() == null ? List.of() : c.columns();
      for (int k = 0; k < declared.size(); k++) {
        ContractToml.Column col = declared.get(k);
        columns.add(new Contract.Column(col.name(), col.type(), col.nullable(), col.description(),
            doc.line(List.of("columns", k))));
      }
      ContractToml.Rules r = c.rules();
      return new Contract(model, file, origin, columns,
          r == null || r.required() == null ? List.of() : r.required(),
          r == null || r.protectedColumns() == null ? List.of() : r.protectedColumns(),
          r != null && Boolean.TRUE.equals(r.noNewNullable()));
    });
  }

  private static String stem(String file) {
    String name = ModelsLoader.fileName(file);
    return name.substring(0, name.length() - SUFFIX.length());
  }
}
