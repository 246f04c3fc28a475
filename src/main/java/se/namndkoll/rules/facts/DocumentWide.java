package se.namndkoll.rules.facts;

/** What a finding about a whole document points at: no ärende, no place in it. */
public interface DocumentWide extends Subject {

  @Override
  default String dnr() {
    return null;
  }

  @Override
  default String title() {
    return null;
  }

  @Override
  default Integer page() {
    return null;
  }

  @Override
  default Integer line() {
    return null;
  }
}
