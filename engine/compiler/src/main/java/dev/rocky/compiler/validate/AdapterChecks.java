package dev.rocky.compiler.validate;

import dev.rocky.compiler.internal.Suggestions;
import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Per-adapter checks: credentials present for Databricks (V011-V013) and Fivetran (V014-V016), a
 * known type (V017), a {@code kind} its type supports (V033), and one V010 per adapter that passes.
 */
final class AdapterChecks {
  private static final List<String> WAREHOUSE_TYPES = List.of("databricks", "snowflake", "bigquery", "trino");

  private AdapterChecks() {}

  static void check(Map<String, AdapterConfig> adapters, Findings out) {
    if (adapters.isEmpty()) {
      out.add(DiagnosticCode.V010, Severity.Warning, ValidateMessages.NO_ADAPTERS, ValidateMessages.ADD_ADAPTER);
      return;
    }
    adapters.forEach((name, adapter) -> {
      int mark = out.mark();
      String type = adapter.type();
      if (!AdapterConfig.KNOWN_TYPES.contains(type)) {
        out.add(DiagnosticCode.V017, ValidateMessages.unknownAdapterType(name, type),
            ValidateMessages.useType(closest(type, AdapterConfig.KNOWN_TYPES), AdapterConfig.KNOWN_TYPES));
        return;
      }
      if (type.equals("databricks")) {
        require(name, type, "host", adapter.host(), DiagnosticCode.V011, out);
        require(name, type, "http_path", adapter.httpPath(), DiagnosticCode.V012, out);
        if (blank(adapter.token()) && blank(adapter.clientId())) {
          out.add(DiagnosticCode.V013, ValidateMessages.noDatabricksAuth(name), ValidateMessages.setDatabricksAuth(name));
        }
      } else if (type.equals("fivetran")) {
        require(name, type, "api_key", adapter.apiKey(), DiagnosticCode.V014, out);
        require(name, type, "api_secret", adapter.apiSecret(), DiagnosticCode.V015, out);
        require(name, type, "destination_id", adapter.destinationId(), DiagnosticCode.V016, out);
      }
      kind(name, adapter, out);
      if (!out.reportedSince(mark)) {
        out.add(DiagnosticCode.V010, ValidateMessages.adapterOk(name, type), null);
      }
    });
  }

  private static void kind(String name, AdapterConfig adapter, Findings out) {
    String type = adapter.type();
    AdapterConfig.Kind kind = adapter.kind();
    if (adapter.discoveryOnly() && kind != AdapterConfig.Kind.DISCOVERY) {
      String message = kind == null
          ? ValidateMessages.discoveryKindRequired(name, type)
          : ValidateMessages.kindUnsupported(name, type, kind.id(), "\"discovery\"");
      out.add(DiagnosticCode.V033, message, ValidateMessages.setKind(name, "discovery"));
    } else if (WAREHOUSE_TYPES.contains(type) && kind == AdapterConfig.Kind.DISCOVERY) {
      out.add(DiagnosticCode.V033, ValidateMessages.kindUnsupported(name, type, "discovery", "\"data\""),
          ValidateMessages.setKind(name, "data"));
    }
  }

  private static void require(String name, String type, String key, @Nullable String value, DiagnosticCode code, Findings out) {
    if (blank(value)) {
      out.add(code, ValidateMessages.missingKey(name, type, key), ValidateMessages.setKey(name, key));
    }
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  /** The closest of {@code candidates} to {@code word}, or "" when none is within a typo's distance. */
  static String closest(String word, List<String> candidates) {
    return Suggestions.closest(word, candidates).orElse("");
  }
}
