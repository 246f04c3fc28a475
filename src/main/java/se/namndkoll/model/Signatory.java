package se.namndkoll.model;

/** A name under a document, with its role ("Ordförande") or party ("M") where written. */
public record Signatory(String name, String role) {

  @Override
  public String toString() {
    return role == null || role.isEmpty() ? name : name + " (" + role + ")";
  }
}
