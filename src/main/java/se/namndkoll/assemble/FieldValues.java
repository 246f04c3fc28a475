package se.namndkoll.assemble;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a template is filled with: a tree of maps, lists and scalars as read from YAML, looked
 * up by field name ({@code handlaggare.namn} reaches into a map). Inside a repeated region the item
 * comes first: its own keys, {@code nr} (its number from 1) and {@code value} (the item itself when
 * it is plain text); what the item lacks is looked up outside it.
 */
public final class FieldValues {

  private final Map<String, ?> values;
  private final Object item;
  private final int nr;
  private final FieldValues outer;

  private FieldValues(Map<String, ?> values, Object item, int nr, FieldValues outer) {
    this.values = values;
    this.item = item;
    this.nr = nr;
    this.outer = outer;
  }

  public static FieldValues of(Map<String, ?> values) {
    return new FieldValues(values, null, 0, null);
  }

  FieldValues item(Object value, int number) {
    @SuppressWarnings("unchecked")
    Map<String, ?> map = value instanceof Map<?, ?> m ? (Map<String, ?>) m : Map.of();
    return new FieldValues(map, value, number, this);
  }

  /** The text of a field, when the data gives it. */
  Optional<String> text(String name) {
    return raw(name).flatMap(v -> Optional.ofNullable(asText(v))).filter(t -> !t.isBlank());
  }

  /** The items of a repeated region; a key given with no items is an empty list. */
  Optional<List<Object>> list(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    Object v = raw(name).orElse(null);
    if (v == null) {
      return Optional.of(List.of());
    }
    if (v instanceof List<?> l) {
      return Optional.of(l.stream().map(o -> (Object) o).toList());
    }
    return Optional.of(List.of(v));
  }

  /** True when an optional region's key has something in it. */
  boolean present(String name) {
    Object v = raw(name).orElse(null);
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return !v.toString().isBlank();
  }

  private boolean has(String name) {
    if (item != null && ("nr".equals(name) || "value".equals(name))) {
      return true;
    }
    if (lookup(values, name).isPresent()) {
      return true;
    }
    return outer != null && outer.has(name);
  }

  private Optional<Object> raw(String name) {
    if (item != null) {
      if ("nr".equals(name)) {
        return Optional.of(nr);
      }
      if ("value".equals(name) && !(item instanceof Map<?, ?>)) {
        return Optional.of(item);
      }
    }
    Optional<Object> v = lookup(values, name);
    if (v.isPresent()) {
      return v.get() == NULL ? Optional.empty() : v;
    }
    return outer == null ? Optional.empty() : outer.raw(name);
  }

  private static final Object NULL = new Object();

  /** The value under a dotted name: NULL when the key is there with no value. */
  private static Optional<Object> lookup(Map<String, ?> map, String name) {
    Object at = map;
    for (String part : name.split("\\.")) {
      if (!(at instanceof Map<?, ?> m) || !m.containsKey(part)) {
        return Optional.empty();
      }
      at = m.get(part);
      if (at == null) {
        return Optional.of(NULL);
      }
    }
    return Optional.of(at);
  }

  private static String asText(Object v) {
    if (v == null || v == NULL) {
      return null;
    }
    if (v instanceof List<?> l) {
      StringBuilder s = new StringBuilder();
      for (Object o : l) {
        String t = asText(o);
        if (t != null) {
          s.append(s.length() == 0 ? "" : "\n").append(t);
        }
      }
      return s.toString();
    }
    if (v instanceof Map<?, ?>) {
      return null;
    }
    return v.toString();
  }
}
