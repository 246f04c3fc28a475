package se.namndkoll.ingest.extract;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a task on a worker thread and waits for it at most a given time. On time-out the task is
 * cancelled (interrupted); the readers check the interrupt and stop. A parser stuck in a loop that
 * never reaches a check cannot be killed in Java: the workers are daemon threads, so such a thread
 * never keeps the program from exiting, and the caller gets its answer on time either way.
 *
 * <p>Thread-safe; each call runs on its own worker from a cached pool.
 */
final class TimeLimitedRunner {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ExecutorService workers;

  TimeLimitedRunner() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread =
              new Thread(task, "namndkoll-extract-" + pool + "-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    this.workers = Executors.newCachedThreadPool(factory);
  }

  <T> T run(Callable<T> task, Duration timeout) {
    Future<T> future = workers.submit(task);
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ExtractionFailure(
          "too slow: extraction passed the time limit of " + seconds(timeout) + " and was stopped",
          e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionFailure("stopped: the extraction was interrupted", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof StackOverflowError) {
      return new ExtractionFailure("unreadable: the document is nested too deeply", cause);
    }
    if (cause instanceof OutOfMemoryError) {
      return new ExtractionFailure("unreadable: extraction ran out of memory", cause);
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new ExtractionFailure(TikaFailures.shortReason(cause), cause);
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 == 0) {
      return (millis / 1000) + " s";
    }
    return millis + " ms";
  }
}
