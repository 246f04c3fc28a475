package se.namndkoll.ingest.extract;

/**
 * Why a file could not be extracted, in words for the user and without the file name: the facade
 * puts the name in front ({@code "x.pdf: encrypted PDF, no password given"}). Internal to this
 * package; it never leaves {@link DocumentExtractor}.
 */
final class ExtractionFailure extends RuntimeException {

  ExtractionFailure(String reason) {
    super(reason);
  }

  ExtractionFailure(String reason, Throwable cause) {
    super(reason, cause);
  }

  String reason() {
    return getMessage();
  }
}
