package se.namndkoll.web;

import java.util.List;
import java.util.Map;
import se.namndkoll.check.Review;
import se.namndkoll.model.Finding;
import se.namndkoll.report.findings.PastFinding;

/**
 * The findings page: the counts per nämnd and rule as links, the findings the filters keep with
 * their evidence and basis, each one's review, and (against a baseline) what is new and what was
 * fixed since.
 *
 * @param state {@code running}, {@code done} or {@code failed}
 * @param rules the rules with findings, the table's columns
 * @param table per nämnd, the count per rule
 * @param ruleTitles each rule's Swedish name by its id
 * @param findings the findings the filter keeps, the first {@link #SHOWN} of them
 * @param matching how many the filter keeps
 */
public record FindingsPage(String state, String failure, FindingsFilter filter, List<String> rules,
    Map<String, Map<String, Integer>> table, List<Shown> findings, int matching, int total, int reviewed, int fresh,
    boolean withBaseline, List<PastFinding> fixed, String token, String notice, Map<String, String> ruleTitles) {

  /** The most findings one page lists: more are narrowed by the table's links. */
  public static final int SHOWN = 200;

  /** A finding as the page lists it. */
  public record Shown(Finding finding, String url, Review review) {

    public boolean isNew() {
      return finding.status() == Finding.Status.NEW;
    }
  }

  /** The link that keeps the nämnd and rule shown and shows only the findings of this status. */
  public String statusUrl(String status) {
    return FindingsFilter.url(new FindingsFilter(filter.namnd(), filter.rule(), status));
  }

  /** The nämnder with findings, the table's columns. */
  public List<String> namnder() {
    return List.copyOf(table.keySet());
  }

  /** How many findings of the rule a nämnd has; {@code null} for none. */
  public Integer count(String rule, String namnd) {
    Map<String, Integer> row = table.get(namnd);
    return row == null ? null : row.get(rule);
  }

  /** The rule's name in Swedish, or its id where the rules give none. */
  public String ruleTitle(String rule) {
    return ruleTitles.getOrDefault(rule, rule);
  }

  /** This page's own address, where a marked finding returns to. */
  public String url() {
    return FindingsFilter.url(filter);
  }

  /** The link that shows one cell of the table: a nämnd's findings of a rule. */
  public String cellUrl(String namnd, String rule) {
    return FindingsFilter.url(new FindingsFilter(namnd, rule, filter.status()));
  }
}
