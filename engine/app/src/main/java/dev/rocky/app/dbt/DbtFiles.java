package dev.rocky.app.dbt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.ProjectSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a dbt project's files: {@code dbt_project.yml}, YAML documents, and the files under its paths. */
final class DbtFiles {
  static final String PROJECT_FILE = "dbt_project.yml";
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern MACRO = Pattern.compile("\\{%-?\\s*macro\\s+(\\w+)");

  private final ProjectSource source;
  final Map<String, Object> project;

  DbtFiles(ProjectSource source) {
    this.source = source;
    if (!source.isFile(PROJECT_FILE)) {
      throw new RockyException(DbtErrorCode.DBT_PROJECT_NOT_FOUND,
          "no " + PROJECT_FILE + " in " + source.root() + "; --dbt-project must be the directory of a dbt project");
    }
    this.project = yaml(PROJECT_FILE);
  }

  String name() {
    Object name = project.get("name");
    return name == null ? "dbt_project" : String.valueOf(name);
  }

  /** The directories of a {@code *-paths} key, or its default. */
  List<String> paths(String key, String fallback) {
    List<String> out = new ArrayList<>();
    for (Object p : ProjectConfigs.list(project.get(key))) {
      out.add(trim(String.valueOf(p)));
    }
    return out.isEmpty() ? List.of(fallback) : out;
  }

  /** Project-level vars: top-level scalars and lists, with the project's own scope merged in. */
  Map<String, Object> vars() {
    Map<String, Object> vars = new LinkedHashMap<>();
    ProjectConfigs.map(project.get("vars")).forEach((k, v) -> {
      if (!(v instanceof Map<?, ?>)) {
        vars.put(k, v);
      }
    });
    vars.putAll(ProjectConfigs.map(ProjectConfigs.map(project.get("vars")).get(name())));
    return vars;
  }

  ProjectConfigs configs(String key) {
    return new ProjectConfigs(ProjectConfigs.map(project.get(key)), name());
  }

  /** Files below each directory in {@code dirs} ending in one of {@code extensions}, sorted. */
  List<String> files(List<String> dirs, String... extensions) {
    List<String> out = new ArrayList<>();
    for (String dir : dirs) {
      if (!source.isDirectory(dir)) {
        continue;
      }
      try {
        for (String f : source.listFiles(dir)) {
          for (String ext : extensions) {
            if (f.endsWith(ext)) {
              out.add(f);
              break;
            }
          }
        }
      } catch (IOException e) {
        throw new RockyException(DbtErrorCode.DBT_PROJECT_UNREADABLE, "cannot list " + dir + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  String read(String path) {
    try {
      return source.read(path);
    } catch (IOException e) {
      throw new RockyException(DbtErrorCode.DBT_PROJECT_UNREADABLE, "cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  boolean isFile(String path) {
    return source.isFile(path);
  }

  /** A YAML file as a map (empty for an empty file). */
  Map<String, Object> yaml(String path) {
    try {
      Object doc = YAML.readValue(read(path), Object.class);
      return ProjectConfigs.map(doc);
    } catch (IOException e) {
      throw new RockyException(DbtErrorCode.DBT_PROJECT_UNREADABLE, path + " is not valid YAML: " + firstLine(e.getMessage()), e);
    }
  }

  /** The names of the macros defined under the macro paths. */
  List<String> macros() {
    List<String> out = new ArrayList<>();
    for (String f : files(paths("macro-paths", "macros"), ".sql")) {
      Matcher m = MACRO.matcher(read(f));
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** {@code path} relative to whichever of {@code dirs} contains it. */
  static String relativeTo(List<String> dirs, String path) {
    for (String d : dirs) {
      if (path.startsWith(d + "/")) {
        return path.substring(d.length() + 1);
      }
    }
    return path;
  }

  static String stem(String path) {
    String file = path.substring(path.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    return dot < 0 ? file : file.substring(0, dot);
  }

  private static String trim(String dir) {
    String d = dir.strip();
    while (d.endsWith("/")) {
      d = d.substring(0, d.length() - 1);
    }
    return d.startsWith("./") ? d.substring(2) : d;
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
