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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a task on a worker thread and waits for it at most a given time. On time-out the task is
 * cancelled (interrupted); the readers check the interrupt and stop. A parser stuck in a loop that
 * never reaches a check cannot be killed in Java: the workers are daemon threads, so such a thread
 * never keeps the program from exiting, and the caller gets its answer on time either way.
 *
 * <p>A task whose work is known to be long once it has begun (the pages of a scan, each read by
 * OCR under a limit of its own) asks for more time with {@link #grant}; the wait is extended by it.
 *
 * <p>Thread-safe; each call runs on its own worker from a cached pool.
 */
final class TimeLimitedRunner {

  private static final AtomicInteger POOLS = new AtomicInteger();
  /** The time granted to the task running on this worker beyond its limit, in nanoseconds. */
  private static final ThreadLocal<AtomicLong> GRANTED = new ThreadLocal<>();

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

  /**
   * More time for the task running on this thread, when it is run by a runner; nothing otherwise.
   */
  static void grant(Duration more) {
    AtomicLong granted = GRANTED.get();
    if (granted != null) {
      granted.addAndGet(more.toNanos());
    }
  }

  <T> T run(Callable<T> task, Duration timeout) {
    AtomicLong granted = new AtomicLong();
    long start = System.nanoTime();
    Future<T> future = workers.submit(() -> {
      GRANTED.set(granted);
      try {
        return task.call();
      } finally {
        GRANTED.remove();
      }
    });
    try {
      while (true) {
        long left = start + timeout.toNanos() + granted.get() - System.nanoTime();
        try {
          return future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          if (start + timeout.toNanos() + granted.get() - System.nanoTime() > 0) {
            continue; // the task was granted more time while it was waited for
          }
          future.cancel(true);
          throw new ExtractionFailure("too slow: extraction passed the time limit of "
              + seconds(timeout.plusNanos(granted.get())) + " and was stopped", e);
        }
      }
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
