package se.namndkoll.web;

/** A request the pages refuse: answered 403 with the sentence given. */
class Forbidden extends RuntimeException {

  Forbidden(String message) {
    super(message, null, false, false);
  }
}
