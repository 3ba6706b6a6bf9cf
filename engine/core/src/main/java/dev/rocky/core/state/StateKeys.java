package dev.rocky.core.state;

/** Checks on the keys stores index by. */
public final class StateKeys {
  private StateKeys() {}

  /** Returns {@code key} when it is non-blank and has no control characters. */
  public static String requireValid(String key, String what) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    for (int i = 0; i < key.length(); i++) {
      if (Character.isISOControl(key.charAt(i))) {
        throw new IllegalArgumentException(what + " has a control character: " + key.strip());
      }
    }
    return key;
  }
}
