package dev.rocky.compiler.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.rocky.compiler.internal.Suggestions;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.SourceSpan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns Jackson's binding exceptions into diagnostics that say which key is wrong and what to write. */
final class BindingErrors {
  private static final Pattern MISSING_PROPERTY = Pattern.compile("Missing required creator property '([^']+)'");

  private BindingErrors() {}

  static Diagnostic describe(JsonMappingException e, List<Object> at, Binder.Site site) {
    List<Object> full = new ArrayList<>(site.path());
    full.addAll(at);
    SourceSpan span = site.doc().span(full);
    String message;
    String suggestion;
    if (e instanceof UnrecognizedPropertyException u) {
      List<Object> table = full.subList(0, full.size() - 1);
      List<String> known = u.getKnownPropertyIds() == null ? List.of()
          : u.getKnownPropertyIds().stream().map(String::valueOf).toList();
      message = LoadMessages.unknownKey(u.getPropertyName(), table);
      suggestion = Suggestions.suggestion(u.getPropertyName(), known, "keys")
          + (site.hint() == null ? "" : "; " + site.hint());
    } else if (e instanceof InvalidTypeIdException t) {
      List<String> valid = subtypeNames(t.getBaseType().getRawClass());
      if (t.getTypeId() == null) {
        message = LoadMessages.missingType(full);
        suggestion = LoadMessages.useOneOf("type", valid);
      } else {
        message = LoadMessages.unknownType(t.getTypeId(), full);
        suggestion = Suggestions.closest(t.getTypeId(), valid)
            .map(c -> "did you mean '" + c + "'? ").orElse("") + LoadMessages.useOneOf("type", valid);
      }
    } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      List<String> valid = enumNames(f.getTargetType());
      message = LoadMessages.invalidChoice(String.valueOf(f.getValue()), full);
      suggestion = LoadMessages.useOneOf(lastKey(full), valid);
    } else if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause();
      if (cause instanceof NullPointerException npe && npe.getMessage() != null) {
        message = LoadMessages.missingKey(npe.getMessage(), without(full, npe.getMessage()));
        suggestion = LoadMessages.addKey(npe.getMessage());
      } else {
        message = LoadMessages.invalidValue(full, cause == null ? firstLine(v.getOriginalMessage()) : String.valueOf(cause.getMessage()));
        suggestion = null;
      }
    } else if (e instanceof MismatchedInputException m) {
      Matcher missing = MISSING_PROPERTY.matcher(Objects.toString(m.getOriginalMessage(), ""));
      if (missing.find()) {
        message = LoadMessages.missingKey(missing.group(1), without(full, missing.group(1)));
        suggestion = LoadMessages.addKey(missing.group(1));
      } else {
        String expected = describe(m.getTargetType());
        message = LoadMessages.wrongType(full, expected);
        suggestion = "write '" + lastKey(full) + "' as " + expected;
      }
    } else {
      message = LoadMessages.invalidValue(full, firstLine(e.getOriginalMessage()));
      suggestion = null;
    }
    return Diagnostic.of(site.code(), message).withSpan(span).withSuggestion(suggestion);
  }

  /** The {@code @JsonTypeName}s of a polymorphic base type's declared subtypes. */
  static List<String> subtypeNames(Class<?> base) {
    JsonSubTypes subtypes = base.getAnnotation(JsonSubTypes.class);
    if (subtypes == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (JsonSubTypes.Type t : subtypes.value()) {
      JsonTypeName name = t.value().getAnnotation(JsonTypeName.class);
      names.add(name != null ? name.value() : t.name());
    }
    return names;
  }

  /** The spellings of an enum's constants, honouring {@code @JsonProperty}. */
  static List<String> enumNames(Class<?> enumType) {
    List<String> names = new ArrayList<>();
    for (Object constant : enumType.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      try {
        JsonProperty p = enumType.getField(name).getAnnotation(JsonProperty.class);
        names.add(p != null ? p.value() : name);
      } catch (NoSuchFieldException ex) {
        names.add(name);
      }
    }
    return names;
  }

  private static String describe(@Nullable Class<?> type) {
    if (type == null) {
      return "a different type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "an integer";
    }
    if (type == Double.class || type == Float.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (type.isEnum()) {
      return "one of " + String.join(", ", enumNames(type));
    }
    return "a table";
  }

  /** {@code path} without a trailing {@code key}: the table a missing key belongs in. */
  private static List<Object> without(List<Object> path, String key) {
    return !path.isEmpty() && key.equals(path.get(path.size() - 1)) ? path.subList(0, path.size() - 1) : path;
  }

  private static String lastKey(List<Object> path) {
    for (int k = path.size() - 1; k >= 0; k--) {
      if (path.get(k) instanceof String s) {
        return s;
      }
    }
    return "value";
  }

  private static String firstLine(@Nullable String text) {
    if (text == null) {
      return "invalid value";
    }
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
