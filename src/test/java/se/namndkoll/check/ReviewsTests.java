package se.namndkoll.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Finding;
import se.namndkoll.report.findings.SampleFindings;

class ReviewsTests {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 16);

  @TempDir
  Path dir;

  @Test
  void leavesOutAReviewedFindingAndCountsIt() {
    List<Finding> findings = SampleFindings.all();
    Reviews reviews = Reviews.empty();
    reviews.mark(findings.get(0), "BKA redovisad muntligt, se protokollet § 12.", "Anna Lind", DAY);

    Reviews.Filtered filtered = reviews.filter(findings);

    assertThat(filtered.suppressed()).isEqualTo(1);
    assertThat(filtered.findings()).hasSize(findings.size() - 1).doesNotContain(findings.get(0));
  }

  @Test
  void keepsReviewsInAReadableFileAcrossRuns() throws Exception {
    Path file = dir.resolve(".namndkoll").resolve("reviews.yaml");
    Finding bka = SampleFindings.all().get(0);
    Finding delegation = SampleFindings.all().get(4);
    Reviews reviews = Reviews.load(file);
    reviews.mark(bka, "BKA redovisad muntligt: se protokollet § 12.", "Anna Lind", DAY);
    reviews.mark(delegation, "Anmält 2026-02-10 under 'Övriga frågor'.", "Per Ek", DAY.plusDays(1));

    reviews.save(file);
    Reviews again = Reviews.load(file);

    assertThat(again.all()).isEqualTo(reviews.all());
    assertThat(again.isReviewed(bka)).isTrue();
    String yaml = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(yaml).startsWith("# Findings a revisor has reviewed.").contains("""
        reviews:
          - fingerprint: %s
            rule: BKA-MISSING
            dnr: 2026-00034
            title: Riktlinje för ekonomiskt bistånd 2026
            comment: 'BKA redovisad muntligt: se protokollet § 12.'
            reviewer: Anna Lind
            date: '2026-03-16'
        """.formatted(bka.fingerprint()));
    assertThat(yaml).doesNotContain("dnr: null");
  }

  @Test
  void reportsAReviewedFindingAgainWhenItsEvidenceChanges() {
    Finding before = SampleFindings.all().get(0);
    Reviews reviews = Reviews.empty();
    reviews.mark(before, "Godtas.", "Anna Lind", DAY);
    Finding changed = new Finding(before.rule(), before.severity(), before.namnd(), before.meetingDate(),
        before.dnr(), before.title(), before.source(), before.page(), before.line(),
        "Riktlinjen gäller alla hushåll med barn och unga.", before.message(), before.basis(), null, null);
    Finding reExported = new Finding(before.rule(), before.severity(), before.namnd(), before.meetingDate(),
        before.dnr(), before.title(), "ny-export.pdf", 9, 530, "  RIKTLINJEN gäller hushåll med barn som ansöker om"
            + "\nekonomiskt bistånd.", before.message(), before.basis(), null, null);

    assertThat(reviews.filter(List.of(changed)).suppressed()).isZero();
    assertThat(reviews.filter(List.of(reExported)).suppressed()).isEqualTo(1);
  }

  @Test
  void unmarksAndReplacesReviews() {
    Finding bka = SampleFindings.all().get(0);
    Reviews reviews = Reviews.empty();
    reviews.mark(bka, "Först.", "Anna Lind", DAY);
    reviews.mark(bka, "Sedan.", "Per Ek", DAY.plusDays(2));

    assertThat(reviews.size()).isEqualTo(1);
    assertThat(reviews.find(bka.fingerprint())).get().extracting(Review::comment).isEqualTo("Sedan.");
    assertThat(reviews.unmark(bka.fingerprint())).isTrue();
    assertThat(reviews.filter(List.of(bka)).suppressed()).isZero();
  }

  @Test
  void readsAHandWrittenFileWithPlainDatesAndDigits() throws Exception {
    Path file = dir.resolve("reviews.yaml");
    Files.writeString(file, """
        reviews:
        - fingerprint: 123456789012345678901234
          rule: SAMVERKAN-MISSING
          comment: Ingen personalpåverkan
          reviewer: Anna Lind
          date: 2026-03-16
        """, StandardCharsets.UTF_8);

    Reviews reviews = Reviews.load(file);

    assertThat(reviews.find("123456789012345678901234")).get()
        .extracting(Review::date, Review::dnr).containsExactly(DAY, null);
  }

  @Test
  void holdsNoReviewsWithoutAFileAndSavesAnEmptyList() throws Exception {
    Path file = dir.resolve("reviews.yaml");

    Reviews reviews = Reviews.load(file);
    reviews.save(file);

    assertThat(reviews.size()).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).endsWith("reviews: []\n");
    assertThat(Reviews.load(file).size()).isZero();
  }

  @Test
  void namesTheFileAndTheEntryThatIsWrong() throws Exception {
    Path noList = dir.resolve("a.yaml");
    Files.writeString(noList, "granskningar: []\n", StandardCharsets.UTF_8);
    Path noComment = dir.resolve("b.yaml");
    Files.writeString(noComment, "reviews:\n- fingerprint: abc\n  reviewer: X\n  date: 2026-03-16\n",
        StandardCharsets.UTF_8);
    Path badDate = dir.resolve("c.yaml");
    Files.writeString(badDate, "reviews:\n- {fingerprint: abc, comment: ok, reviewer: X, date: 16 mars}\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Reviews.load(noList)).isInstanceOf(NamndkollException.class)
        .hasMessage(noList + ": not a reviews file; expected a list under 'reviews:'");
    assertThatThrownBy(() -> Reviews.load(noComment))
        .hasMessage(noComment + ": review 1: a review needs a comment, a reviewer and a date");
    assertThatThrownBy(() -> Reviews.load(badDate))
        .hasMessage(badDate + ": review 1 has date '16 mars', not a date like 2026-03-16");
  }
}
