package se.namndkoll.web;

/** A page the archive has nothing for: answered 404 with the sentence given. */
class NotFound extends RuntimeException {

  NotFound(String message) {
    super(message, null, false, false);
  }
}
