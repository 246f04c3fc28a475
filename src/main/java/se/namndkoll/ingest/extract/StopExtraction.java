package se.namndkoll.ingest.extract;

import org.apache.tika.exception.WriteLimitReachedException;

/**
 * Thrown from inside a parse to stop it: the text grew past the character limit, or the time ran
 * out and the thread was interrupted.
 *
 * <p>It extends Tika's {@link WriteLimitReachedException} on purpose: Tika's PDF parser swallows
 * other exceptions thrown while it writes a page (to carry on with the next one) but lets this one
 * through, so the parse really stops.
 */
final class StopExtraction extends WriteLimitReachedException {

  private final String reason;

  StopExtraction(String reason) {
    super(Integer.MAX_VALUE);
    this.reason = reason;
  }

  String reason() {
    return reason;
  }

  @Override
  public String getMessage() {
    return reason;
  }
}
