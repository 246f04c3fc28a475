package se.namndkoll.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One finding of a compliance check, with its evidence: which rule, how grave, where (document,
 * ärende, page or line), a short quote, the message and the legal or local basis.
 *
 * @param rule the rule's id ("BKA-MISSING"), a public contract
 * @param severity how grave
 * @param namnd the nämnd the finding concerns, or {@code null}
 * @param meetingDate the meeting the document is for, or {@code null}
 * @param dnr the normalised Dnr of the ärende, or {@code null} for findings that concern no single
 *     ärende (a delegation decision never reported)
 * @param title the ärende's title, or what the finding concerns
 * @param source the file as named when it was read
 * @param page the page, or {@code null}
 * @param line the line of the extracted text, or {@code null}
 * @param evidence a short quote from the document
 * @param message what is wrong, in Swedish
 * @param basis the law or local rule it rests on ("Lag (2018:1197) art. 3, 12")
 * @param date the date of what the finding concerns where there is no ärende (the delegation
 *     decision's date), else {@code null}
 * @param status against a baseline: new or known; {@code null} when no baseline was given
 * @param ocr the evidence was read by OCR from a scanned page, so that the quote may hold misreads
 */
public record Finding(
    String rule,
    Severity severity,
    String namnd,
    LocalDate meetingDate,
    String dnr,
    String title,
    String source,
    Integer page,
    Integer line,
    String evidence,
    String message,
    String basis,
    LocalDate date,
    Status status,
    boolean ocr) {

  /** A finding held against a baseline of an earlier sweep. */
  public enum Status {
    NEW,
    KNOWN;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Finding {
    if (rule == null || rule.isBlank() || severity == null || message == null) {
      throw new IllegalArgumentException("a finding needs a rule, a severity and a message");
    }
  }

  /** A finding from a page with a text layer of its own. */
  public Finding(String rule, Severity severity, String namnd, LocalDate meetingDate, String dnr, String title,
      String source, Integer page, Integer line, String evidence, String message, String basis, LocalDate date,
      Status status) {
    this(rule, severity, namnd, meetingDate, dnr, title, source, page, line, evidence, message, basis, date, status,
        false);
  }

  public Finding withStatus(Status newStatus) {
    return new Finding(rule, severity, namnd, meetingDate, dnr, title, source, page, line, evidence, message,
        basis, date, newStatus, ocr);
  }

  /** The finding, its evidence read by OCR. */
  public Finding fromOcr() {
    return new Finding(rule, severity, namnd, meetingDate, dnr, title, source, page, line, evidence, message,
        basis, date, status, true);
  }

  /** The name of this way of computing {@link #fingerprint}, under which SARIF results carry it. */
  public static final String FINGERPRINT_KEY = "namndkoll/v1";

  /**
   * A fingerprint that stays the same from sweep to sweep while the finding does: the rule, what it
   * concerns (the Dnr, else the nämnd, title and date) and the evidence, white space and case
   * aside; not the file's name, page or line, which change when a document is re-exported — except
   * for a finding of nothing but a file (no Dnr, nämnd, title or date: one that could not be read),
   * which only the file, as named, tells apart from another.
   */
  public String fingerprint() {
    String subject = dnr != null ? dnr : String.join("|", nz(namnd), nz(title), date == null ? "" : date.toString());
    if (dnr == null && nz(namnd).isBlank() && nz(title).isBlank() && date == null && source != null) {
      // a finding of a file alone (one that could not be read): the file is all that tells it from another
      subject = "file|" + source.replace('\\', '/');
    }
    String key = String.join("\u0000", rule, subject, normalise(evidence));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String normalise(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
