package se.namndkoll.rules.facts;

import se.namndkoll.model.Personnummer;

/** The short quote of a finding's evidence. */
final class Evidence {

  private static final int EVIDENCE_CHARS = 200;

  private Evidence() {}

  /** A short quote of the text, white space made single, never with a personnummer in clear. */
  static String quote(String raw) {
    String text = Personnummer.mask(raw);
    StringBuilder sb = new StringBuilder(Math.min(text.length(), EVIDENCE_CHARS + 1));
    boolean space = false;
    for (int i = 0; i < text.length() && sb.length() <= EVIDENCE_CHARS; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    String t = sb.toString();
    return t.length() <= EVIDENCE_CHARS ? t : t.substring(0, EVIDENCE_CHARS - 1) + "…";
  }
}
