package dev.rocky.app.ai;

import dev.rocky.compiler.CompileResult;
import dev.rocky.core.project.Model;
import dev.rocky.core.types.ModelSchema;

/**
 * The words of {@code rocky ai-test}: the system prompt and the request, which holds the project's
 * schema, the model's SQL and its output columns. docs/guides/ai.md describes it.
 */
final class TestsPrompt {
  private TestsPrompt() {}

  static String system() {
    return """
        You propose tests for one model of a Rocky project. Rocky is a typed compiler for data
        pipelines; a model is a SQL SELECT with a TOML sidecar that holds its tests.

        Answer with one ```toml code block, nothing else, holding:
        1. [[tests]] entries: assertions on the model's output table. Each has a type and its keys:
           not_null (column), unique (column), accepted_values (column, values = [...]),
           in_range (column, min, max), row_count_range (min, max),
           expression (expression = "<SQL boolean over the columns>"), regex_match (column, pattern).
        2. At least one [[test]] unit test: fixture rows for what the model reads, and the rows it
           must return:
             [[test]]
             name = "<snake_case>"
             [[test.given]]
             ref = "<a model or schema.table the model reads>"
             rows = [{ column = value, ... }, ...]
             [test.expect]
             rows = [{ column = value, ... }, ...]
           Only the columns named in the expected rows are compared; the rows are compared as a
           multiset unless [test.expect] sets ordered = true.
        Use only columns that exist. Each test is kept only if it passes on the project's data.
        """;
  }

  static String request(CompileResult compiled, Model model) {
    ModelSchema schema = compiled.schemas().get(model.name());
    StringBuilder out = new StringBuilder("Project schema\n\n").append(SchemaText.of(compiled)).append('\n');
    out.append("The model to test: ").append(model.name()).append(" (").append(model.sqlFile()).append(")\n\n");
    out.append("```sql\n").append(model.sql().strip()).append("\n```\n\n");
    out.append("Its output columns: ")
        .append(schema == null ? "(not known)" : SchemaText.columns(schema.columns())).append('\n');
    if (model.config().intent() != null) {
      out.append("Its intent: ").append(model.config().intent().strip()).append('\n');
    }
    return out.toString();
  }
}
