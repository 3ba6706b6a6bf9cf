package dev.rocky.testkit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An OpenAPI 3.1 document that requests and responses are checked against. Every response checked
 * is also recorded, so a test can ask which declared answers it never saw ({@link #unobserved}).
 */
public final class OpenApiContract {
  private static final String BASE = "urn:rocky:openapi";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private final JsonNode document;
  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
  private final Set<String> observed = Collections.synchronizedSet(new TreeSet<>());

  private OpenApiContract(JsonNode document) {
    this.document = document;
    String json = document.toString();
    this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        b -> b.schemaLoaders(l -> l.schemas(Map.of(BASE, json))));
  }

  /** Reads the document (YAML or JSON). */
  public static OpenApiContract load(Path file) {
    try {
      ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
      JsonNode document = mapper.readTree(file.toFile());
      if (!document.path("openapi").asText().startsWith("3.1")) {
        throw new IllegalArgumentException(file + " is not an OpenAPI 3.1 document");
      }
      return new OpenApiContract(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every operation, as {@code GET /runs/{run_id}}. */
  public Set<String> operations() {
    Set<String> out = new TreeSet<>();
    document.path("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
      if (METHODS.contains(m.getKey())) {
        out.add(m.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey());
      }
    }));
    return out;
  }

  /** Every declared answer but {@code default}, as {@code GET /runs/{run_id} 404}. */
  public Set<String> declaredResponses() {
    Set<String> out = new TreeSet<>();
    for (String op : operations()) {
      operation(op).path("responses").fieldNames().forEachRemaining(status -> {
        if (!status.equals("default")) {
          out.add(op + " " + status);
        }
      });
    }
    return out;
  }

  /** The declared answers no checked response has matched. */
  public Set<String> unobserved() {
    Set<String> out = new TreeSet<>(declaredResponses());
    out.removeAll(observed);
    return out;
  }

  /** The answers checked so far, as {@code GET /runs/{run_id} 404} ({@code default} when only that matched). */
  public Set<String> observed() {
    synchronized (observed) {
      return new TreeSet<>(observed);
    }
  }

  /** The path template a concrete path matches, e.g. {@code /runs/{run_id}} for {@code /runs/run-1}. */
  public Optional<String> template(String path) {
    for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      if (template.equals(path)) {
        return Optional.of(template);
      }
    }
    for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
      if (Pattern.matches(regex, path)) {
        return Optional.of(template);
      }
    }
    return Optional.empty();
  }

  /** Whether the document has this operation, e.g. {@code GET} on {@code /runs/run-1}. */
  public boolean declares(String method, String path) {
    return template(path).map(t -> !operation(method.toUpperCase(Locale.ROOT) + " " + t).isMissingNode()).orElse(false);
  }

  /**
   * What is wrong with a response: an undeclared path, method or status, a content type other than
   * the declared one, or a body the declared schema refuses. Empty when it conforms.
   */
  public List<String> responseProblems(String method, String path, int status, @Nullable String contentType, String body) {
    String where = method + " " + path + " -> " + status;
    Optional<String> template = template(path);
    if (template.isEmpty()) {
      return List.of(where + ": no path of the document matches " + path);
    }
    String op = method.toUpperCase(Locale.ROOT) + " " + template.get();
    JsonNode operation = operation(op);
    if (operation.isMissingNode()) {
      return List.of(where + ": the document has no operation " + op);
    }
    String statusKey = String.valueOf(status);
    String pointer = "/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/";
    JsonNode response = operation.path("responses").path(statusKey);
    if (response.isMissingNode()) {
      response = operation.path("responses").path("default");
      statusKey = "default";
      if (response.isMissingNode()) {
        return List.of(where + ": status " + status + " is not declared for " + op);
      }
    }
    observed.add(op + " " + (statusKey.equals("default") ? "default(" + status + ")" : statusKey));
    pointer += escape(statusKey);
    if (response.has("$ref")) {
      pointer = response.get("$ref").asText().substring(1);
      response = at(pointer);
    }
    return bodyProblems(where, response.path("content"), pointer + "/content", contentType, body);
  }

  /** What is wrong with a request body, as {@link #responseProblems} does for responses. */
  public List<String> requestProblems(String method, String path, @Nullable String contentType, String body) {
    String where = method + " " + path + " (request)";
    Optional<String> template = template(path);
    if (template.isEmpty()) {
      return List.of(where + ": no path of the document matches " + path);
    }
    String pointer = "/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT) + "/requestBody";
    JsonNode requestBody = at(pointer);
    if (requestBody.isMissingNode()) {
      return List.of(where + ": the operation takes no body");
    }
    return bodyProblems(where, requestBody.path("content"), pointer + "/content", contentType, body);
  }

  /** Throws an {@link AssertionError} listing the problems, if any. */
  public void assertResponse(String method, String path, int status, @Nullable String contentType, String body) {
    List<String> problems = responseProblems(method, path, status, contentType, body);
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems) + "\nbody: " + body);
    }
  }

  public void assertRequest(String method, String path, @Nullable String contentType, String body) {
    List<String> problems = requestProblems(method, path, contentType, body);
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems) + "\nbody: " + body);
    }
  }

  /** What {@code #/components/schemas/<name>} refuses in {@code body} (JSON); empty when it conforms. */
  public List<String> schemaProblems(String name, String body) {
    JsonNode content = new ObjectMapper().createObjectNode().set("application/json",
        new ObjectMapper().createObjectNode().set("schema", new ObjectMapper().createObjectNode()));
    return bodyProblems("#/components/schemas/" + name, content, "/components/schemas/" + escape(name) + "#",
        "application/json", body);
  }

  private List<String> bodyProblems(String where, JsonNode content, String pointer, @Nullable String contentType,
      String body) {
    if (content.isMissingNode() || content.isEmpty()) {
      return body.isEmpty() ? List.of() : List.of(where + ": a body is sent but none is declared");
    }
    String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!content.has(mediaType)) {
      List<String> declared = new ArrayList<>();
      content.fieldNames().forEachRemaining(declared::add);
      return List.of(where + ": content type '" + contentType + "' is not one of " + declared);
    }
    JsonNode parsed;
    try {
      parsed = new ObjectMapper().readTree(body);
    } catch (IOException e) {
      return List.of(where + ": the body is not JSON: " + e.getMessage());
    }
    if (parsed == null || parsed.isMissingNode()) {
      return List.of(where + ": the body is empty");
    }
    String schemaPointer = pointer.endsWith("#") ? pointer.substring(0, pointer.length() - 1)
        : pointer + "/" + escape(mediaType) + "/schema";
    JsonSchema schema = schemas.computeIfAbsent(schemaPointer,
        p -> factory.getSchema(SchemaLocation.of(BASE + "#" + p), config));
    Set<String> problems = new LinkedHashSet<>();
    for (ValidationMessage m : schema.validate(parsed)) {
      problems.add(where + ": " + m.getMessage());
    }
    return List.copyOf(problems);
  }

  private JsonNode operation(String op) {
    int space = op.indexOf(' ');
    return document.path("paths").path(op.substring(space + 1)).path(op.substring(0, space).toLowerCase(Locale.ROOT));
  }

  private JsonNode at(String pointer) {
    return document.at(pointer);
  }

  /** One JSON pointer token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
