package se.namndkoll.serve;

/** The web server {@code serve} runs: where it answers, and stopping it. */
public interface RunningServer extends AutoCloseable {

  /** The address the pages are served at ("http://127.0.0.1:8080/"). */
  String url();

  /** Stops the server and closes the archive. */
  @Override
  void close();
}
