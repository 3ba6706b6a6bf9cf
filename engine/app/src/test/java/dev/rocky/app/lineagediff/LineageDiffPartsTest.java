package dev.rocky.app.lineagediff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.lineage.QualifiedColumn;
import dev.rocky.app.lineage.UnresolvedRecord;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineageDiffPartsTest {

  @Test
  void parsesGitNameStatusIncludingRenames() {
    assertThat(ChangedFile.parseNameStatus("M\tmodels/a.sql\nR087\tmodels/b.sql\tmodels/c.sql\nD\tx.toml\n\n"))
        .containsExactly(new ChangedFile('M', "models/a.sql", null), new ChangedFile('R', "models/c.sql", "models/b.sql"),
            new ChangedFile('D', "x.toml", null));
  }

  @Test
  void diffsColumnsCaseInsensitivelyAddedAndRetypedFirstThenRemoved() {
    ModelSchema base = new ModelSchema("m", List.of(new TypedColumn("id", RockyType.INT64, false),
        new TypedColumn("Amount", new RockyType.Decimal(12, 2), true), new TypedColumn("old", RockyType.STRING, true)), true);
    ModelSchema head = new ModelSchema("m", List.of(new TypedColumn("new", RockyType.DATE, true),
        new TypedColumn("amount", RockyType.INT32, true), new TypedColumn("ID", RockyType.INT64, false)), true);
    List<SchemaDiff.Change> changes = SchemaDiff.columns(Optional.of(base), Optional.of(head));
    assertThat(changes).extracting(c -> c.column() + " " + c.kind())
        .containsExactly("new ADDED", "amount TYPE_CHANGED", "old REMOVED");
    assertThat(changes.get(1).narrows()).isTrue();
    assertThat(new SchemaDiff.Change("x", SchemaDiff.Kind.TYPE_CHANGED, RockyType.INT32, RockyType.INT64).narrows()).isFalse();
    assertThat(new SchemaDiff.Change("x", SchemaDiff.Kind.TYPE_CHANGED, new RockyType.Decimal(12, 2),
        new RockyType.Decimal(18, 2)).narrows()).isFalse();
    assertThat(SchemaDiff.columns(Optional.empty(), Optional.of(head))).allMatch(c -> c.kind() == SchemaDiff.Kind.ADDED);
  }

  @Test
  void markdownIsRockysBlockWithCellsEscaped() {
    LineageDiffOutput.ColumnChange change = new LineageDiffOutput.ColumnChange("a|b", "removed", "INT64", null,
        List.of(new QualifiedColumn("fct", "x")), List.of(new UnresolvedRecord("rpt", "*", "why")), true);
    LineageDiffOutput.ModelResult result = new LineageDiffOutput.ModelResult("stg", "modified", List.of(change));
    LineageDiffOutput.ModelResult quiet = new LineageDiffOutput.ModelResult("other", "unchanged", List.of());
    String md = LineageDiffMarkdown.render(LineageDiffOutput.Summary.of(List.of(result, quiet)), List.of(result, quiet));
    assertThat(md).isEqualTo("""
        ### Rocky Lineage Diff

        **1 model(s) changed** (1 modified, 0 added, 0 removed, 1 unchanged)

        **Breaking:** 1 column change(s) remove or narrow a column that downstream columns read.

        <details>
        <summary><b>stg</b> — modified (1 column change)</summary>

        | Column | Change | Old Type | New Type | Downstream consumers |
        |--------|--------|----------|----------|----------------------|
        | `a\\|b` | removed **(breaking)** | INT64 | - | `fct.x` (lineage unknown: `rpt.*`) |

        </details>

        """);
    assertThat(LineageDiffMarkdown.render(LineageDiffOutput.Summary.of(List.of(quiet)), List.of(quiet)))
        .isEqualTo("### Rocky Lineage Diff\n\nNo data changes detected.\n");
  }

  @Test
  void changedFilesMapToTheirModelsOrToEverything() {
    LineageDiffInput input = new LineageDiffInput(java.nio.file.Path.of("."), "rocky.toml", "models", "contracts", "main");
    assertThat(ChangedModels.of(List.of("README.md", "models/notes.md", "data/seed.sql"), input, null, null).any).isFalse();
    assertThat(ChangedModels.of(List.of("sources/raw.toml"), input, null, null).shared).isTrue();
    ChangedModels models = ChangedModels.of(List.of("models/_defaults.toml"), input, null, null);
    assertThat(models.any).isTrue();
    assertThat(models.shared).isTrue();
  }
}
