package se.namndkoll.ingest.normalise;

/** A line on its way through normalisation, with the source lines it came from. */
record WorkLine(String text, int lineNo, int lastLineNo, int page, boolean heading) {

  boolean isBlank() {
    return text.isEmpty();
  }

  WorkLine withText(String newText) {
    return new WorkLine(newText, lineNo, lastLineNo, page, heading);
  }

  WorkLine blank() {
    return new WorkLine("", lineNo, lastLineNo, page, false);
  }
}
