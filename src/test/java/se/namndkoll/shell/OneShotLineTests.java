package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

/** The arguments of a one-shot run reach the command as they were given. */
class OneShotLineTests {

  private static List<String> words(String... args) {
    List<String> lines = OneShotLine.of(args);
    assertThat(lines).hasSize(1);
    return new DefaultParser().parse(lines.get(0), lines.get(0).length()).words();
  }

  @Test
  void anUnbalancedQuoteStaysInItsArgumentAndTheOptionsAfterItAreOptions() {
    assertThat(words("search", "placering \"av barn", "--index", "/tmp/arkiv"))
        .containsExactly("search", "placering \"av barn", "--index", "/tmp/arkiv");
  }

  @Test
  void quotesBackslashesAndSpacesArePassedOnWhole() {
    assertThat(words("search", "\"budget 2026\" OR 'ram'", "--namnd", "Kultur- och fritidsnämnden", "a\\b"))
        .containsExactly("search", "\"budget 2026\" OR 'ram'", "--namnd", "Kultur- och fritidsnämnden", "a\\b");
  }

  @Test
  void noArgumentsIsNoCommand() {
    assertThat(OneShotLine.of(new String[0])).isEmpty();
  }
}
