package dev.rocky.adapter.databricks;

import com.databricks.sdk.service.sql.StatementParameterListItem;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One statement to run: its text, named parameters (values never spliced into the text), the model
 * it runs for (tagged on the statement and named in errors) and what it does, for messages.
 */
record SqlRequest(String sql, List<StatementParameterListItem> parameters, @Nullable String model, String doing) {

  SqlRequest {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(doing, "doing");
    parameters = List.copyOf(parameters);
  }

  static StatementParameterListItem string(String name, @Nullable String value) {
    StatementParameterListItem p = new StatementParameterListItem().setName(name).setType("STRING");
    return value == null ? p : p.setValue(value);
  }
}
