package se.namndkoll.ingest.vocabulary;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.namndkoll.NamndkollException;
import se.namndkoll.YamlSettings;
import se.namndkoll.text.Phrases;
import se.namndkoll.text.RequiredText;

/**
 * The words that make an ärende secret, from the {@code secrecy:} part of {@code sections.yaml}:
 * the marks of a title or an agenda item ("(sekretess)", ", sekretess"), the agenda cells that mark
 * an item ("Sekretessärende"), and what an ärende's own text says when it is covered by secrecy
 * ("omfattas av sekretess enligt 26 kap. 1 § OSL"). A mark is a marker, not any use of the word.
 *
 * @param marks a mark in a title, found anywhere in it and taken off
 * @param cells the end of an agenda cell, or a line of its own under an item, that marks the item
 * @param statements a line that says that what it belongs to is covered by secrecy
 * @param notStatements general words taken out of a line before statements are looked for
 */
public record SekretessWords(Pattern marks, Pattern cells, Phrases statements, Phrases notStatements) {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern NOTHING = Pattern.compile("(?!)");

  /** The words the program runs with. */
  public static SekretessWords current() {
    return SectionVocabulary.current().sekretess();
  }

  /** True when the title carries a mark of secrecy. */
  public boolean marked(String title) {
    return marks.matcher(title).find();
  }

  /** The title without its marks of secrecy. */
  public String withoutMarks(String title) {
    return marked(title) ? marks.matcher(title).replaceAll(" ").strip() : title;
  }

  /** True when an agenda cell ends in a mark of secrecy ("Förslag till beslut Sekretessärende."). */
  public boolean cell(String text) {
    return cells.matcher(text.strip()).find();
  }

  /** True when a line of its own under an agenda item is the cell that marks it ("Sekretessärende"). */
  public boolean isCell(String line) {
    return cells.matcher(line.strip()).matches();
  }

  /** True when the line says that what it belongs to is covered by secrecy. */
  public boolean statement(String line) {
    String folded = RequiredText.fold(line);
    String said = notStatements.blankOut(line, folded);
    if (said != line) {
      folded = RequiredText.fold(said);
    }
    return statements.mayBeIn(folded) && statements.pattern().matcher(said).find();
  }

  /** The words of a {@code secrecy:} mapping; {@code null} where the settings have none. */
  static SekretessWords read(String name, Object node) {
    if (node == null) {
      return null;
    }
    if (!(node instanceof Map<?, ?> m)) {
      throw new NamndkollException(name + ": secrecy: must be a mapping of marks, cells, statements and not-statements");
    }
    return new SekretessWords(any(name, m, "marks"), any(name, m, "cells"), phrases(name, m, "statements"),
        phrases(name, m, "not-statements"));
  }

  private static Phrases phrases(String name, Map<?, ?> m, String key) {
    return Phrases.anyOf(YamlSettings.patterns(name, m.get(key), "secrecy." + key, FLAGS));
  }

  private static Pattern any(String name, Map<?, ?> m, String key) {
    List<String> words = YamlSettings.patterns(name, m.get(key), "secrecy." + key, FLAGS);
    return words.isEmpty() ? NOTHING : Pattern.compile("(?:" + String.join(")|(?:", words) + ")", FLAGS);
  }
}
