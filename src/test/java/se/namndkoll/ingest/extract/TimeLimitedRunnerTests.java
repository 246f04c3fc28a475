package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimeLimitedRunnerTests {

  private final TimeLimitedRunner runner = new TimeLimitedRunner();

  @Test
  void returnsWhatTheTaskReturnsWithinTheLimit() {
    assertThat(runner.run(() -> "klart", Duration.ofSeconds(5))).isEqualTo("klart");
  }

  @Test
  void aTaskThatAsksForMoreTimeIsWaitedForThatMuchLongerAndNoLonger() {
    assertThat(runner.run(() -> {
      TimeLimitedRunner.grant(Duration.ofSeconds(5));
      Thread.sleep(400);
      return "skannat";
    }, Duration.ofMillis(100))).isEqualTo("skannat");

    assertThatThrownBy(() -> runner.run(() -> {
      TimeLimitedRunner.grant(Duration.ofMillis(100));
      Thread.sleep(5_000);
      return "aldrig";
    }, Duration.ofMillis(100)))
        .isInstanceOf(ExtractionFailure.class)
        .hasMessage("too slow: extraction passed the time limit of 200 ms and was stopped");
  }

  @Test
  void stopsATaskThatRunsPastTheLimitAndInterruptsIt() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                runner.run(
                    () -> {
                      while (!Thread.currentThread().isInterrupted()) {
                        Thread.onSpinWait();
                      }
                      interrupted.countDown();
                      return "aldrig";
                    },
                    Duration.ofMillis(100)))
        .isInstanceOf(ExtractionFailure.class)
        .hasMessage("too slow: extraction passed the time limit of 100 ms and was stopped");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(interrupted.await(2, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void runsTasksOnDaemonThreadsSoAStuckParserNeverKeepsTheProgramAlive() {
    assertThat(runner.run(() -> Thread.currentThread().isDaemon(), Duration.ofSeconds(5))).isTrue();
  }

  @Test
  void passesAFailureOfTheTaskThrough() {
    assertThatThrownBy(
            () ->
                runner.run(
                    () -> {
                      throw new ExtractionFailure("empty file");
                    },
                    Duration.ofSeconds(5)))
        .isInstanceOf(ExtractionFailure.class)
        .hasMessage("empty file");
  }
}
