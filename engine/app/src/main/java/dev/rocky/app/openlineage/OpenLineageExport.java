package dev.rocky.app.openlineage;

import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.compiler.lineage.UnresolvedRef;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds one OpenLineage {@code JobEvent} per model from a compile: the job (namespace from
 * {@link OpenLineageNaming}, name = the model) with its SQL; the tables it reads as inputs (with
 * their schema when known); its target table as the output, with the {@code schema} and
 * {@code columnLineage} facets (one-hop: each output column's input fields, with DIRECT or INDIRECT
 * transformations) and, when some lineage is unknown, {@code rocky_unresolvedColumns}.
 */
public final class OpenLineageExport {
  /** The default {@code producer}: this engine, by version (a URN: we publish no URL). */
  public static final String PRODUCER = "urn:dev.rocky:rocky-jvm:" + RockyVersion.get();

  private final Project project;
  /** Lookups by name, built once: a linear search per column edge made an export quadratic. */
  private final Map<String, Model> models;
  private final Map<String, SourceTable> sources = new HashMap<>();
  private final LineageGraph graph;
  private final OpenLineageNaming naming;
  private final String producer;
  private final String eventTime;

  public OpenLineageExport(CompileResult result, OpenLineageNaming naming, String producer, Instant eventTime) {
    this.project = Objects.requireNonNull(result.project(), "a compile without a project has no lineage to export");
    this.models = project.modelsByName();
    for (SourceTable s : project.sources()) {
      sources.putIfAbsent(s.key(), s);
    }
    this.graph = result.lineage();
    this.naming = naming;
    this.producer = producer;
    this.eventTime = DateTimeFormatter.ISO_INSTANT.format(eventTime);
  }

  /** One event per model, in the order given. */
  public List<OpenLineage.JobEvent> events(List<String> names) {
    List<OpenLineage.JobEvent> out = new ArrayList<>(names.size());
    forEach(names, out::add);
    return out;
  }

  /** One event per model of the project, in file order. */
  public List<OpenLineage.JobEvent> events() {
    return events(modelNames());
  }

  /**
   * Builds one event per model, in the order given, and hands each to {@code sink} as soon as it is
   * built, so that an export of a large project is never held whole (10,000 models make about 70 MB
   * of events).
   *
   * @throws IllegalArgumentException when a name is not a model of the project (the events of the
   *     names before it have been handed over)
   */
  public void forEach(List<String> names, Consumer<OpenLineage.JobEvent> sink) {
    for (String m : names) {
      Model model = this.models.get(m);
      if (model == null) {
        throw new IllegalArgumentException("no model " + m);
      }
      sink.accept(event(model));
    }
  }

  /** The models that have an event, in file order: every model the compile analysed. */
  public List<String> modelNames() {
    return project.models().stream().map(Model::name).filter(n -> graph.model(n).isPresent()).toList();
  }

  private OpenLineage.JobEvent event(Model model) {
    Map<String, Object> jobFacets = new LinkedHashMap<>();
    jobFacets.put("jobType", new OpenLineage.JobTypeFacet(producer, OpenLineage.JOB_TYPE_FACET, "BATCH", "ROCKY", "MODEL"));
    jobFacets.put("sql", new OpenLineage.SqlFacet(producer, OpenLineage.SQL_FACET, model.sql()));
    OpenLineage.Job job = new OpenLineage.Job(naming.jobNamespace(), model.name(), jobFacets);

    List<OpenLineage.Dataset> inputs = new ArrayList<>();
    for (String upstream : graph.upstreamModels(model.name())) {
      inputs.add(dataset(upstream, graph.schema(upstream)));
    }
    for (String table : graph.tablesRead(model.name())) {
      inputs.add(dataset(table, source(table).map(SourceTable::schemaView)));
    }
    return new OpenLineage.JobEvent(eventTime, producer, OpenLineage.JOB_EVENT_SCHEMA, job, inputs, List.of(output(model)));
  }

  private OpenLineage.Dataset output(Model model) {
    ModelSchema schema = graph.schema(model.name()).orElseThrow();
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put("schema", schemaFacet(schema));
    Map<String, OpenLineage.FieldLineage> fields = new LinkedHashMap<>();
    for (TypedColumn c : schema.columns()) {
      List<OpenLineage.InputField> inputFields = new ArrayList<>();
      for (LineageEdge e : graph.edgesInto(new ColumnRef(model.name(), c.name()))) {
        inputFields.add(new OpenLineage.InputField(naming.datasetNamespace(), datasetName(e.source().model()),
            e.source().column(), List.of(Transformations.of(e.transform()))));
      }
      fields.put(c.name(), new OpenLineage.FieldLineage(inputFields));
    }
    facets.put("columnLineage", new OpenLineage.ColumnLineageFacet(producer, OpenLineage.COLUMN_LINEAGE_FACET, fields));
    List<UnresolvedRef> unresolved = graph.unresolved(model.name());
    if (!unresolved.isEmpty()) {
      Map<String, String> columns = new LinkedHashMap<>();
      unresolved.forEach(u -> columns.put(u.column().column(), u.reason()));
      facets.put(OpenLineage.UNRESOLVED_FACET_NAME,
          new OpenLineage.UnresolvedColumnsFacet(producer, OpenLineage.UNRESOLVED_FACET, columns));
    }
    return new OpenLineage.Dataset(naming.datasetNamespace(), model.target().qualifiedName(), facets);
  }

  private OpenLineage.Dataset dataset(String table, Optional<ModelSchema> schema) {
    Map<String, Object> facets = new LinkedHashMap<>();
    schema.filter(s -> !s.columns().isEmpty()).ifPresent(s -> facets.put("schema", schemaFacet(s)));
    return new OpenLineage.Dataset(naming.datasetNamespace(), datasetName(table), facets);
  }

  private OpenLineage.SchemaFacet schemaFacet(ModelSchema schema) {
    List<OpenLineage.SchemaField> fields = new ArrayList<>();
    for (TypedColumn c : schema.columns()) {
      fields.add(new OpenLineage.SchemaField(c.name(), c.type().isUnknown() ? null : c.type().display()));
    }
    return new OpenLineage.SchemaFacet(producer, OpenLineage.SCHEMA_FACET, fields);
  }

  /** A model's dataset is its target table; any other table is named as the models spell it. */
  private String datasetName(String table) {
    return graph.model(table).map(models::get).map(m -> m.target().qualifiedName())
        .orElseGet(() -> source(table).map(s -> s.ref().qualifiedName()).orElse(table));
  }

  private Optional<SourceTable> source(String table) {
    String key = table.toLowerCase(Locale.ROOT);
    return Optional.ofNullable(sources.get(key));
  }
}
