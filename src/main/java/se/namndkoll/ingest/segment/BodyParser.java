package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.Headings;
import se.namndkoll.ingest.vocabulary.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.namndkoll.ingest.vocabulary.Roles;
import se.namndkoll.model.Section;
import se.namndkoll.model.SectionKind;
import se.namndkoll.model.Signatory;

/**
 * Reads a decision document's sections from its decision heading on: each known heading starts a
 * section; the lists under Beslutsunderlag and Beslutet expedieras till are read item by item; the
 * document ends with its signatures, or where its closing list ends and something else begins.
 */
final class BodyParser {

  private static final Set<SectionKind> LISTS = EnumSet.of(SectionKind.BESLUTSUNDERLAG, SectionKind.EXPEDIERAS);
  private static final int LOOKAHEAD_FOR_SECTION = 15;
  /** The first line of an attached report: its table of contents, or its chapter 1. */
  private static final Pattern ATTACHMENT_START =
      Pattern.compile(
          "^(?:innehållsförteckning|innehåll|1\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{L}+){0,4})$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** An attachment's own first line after the last paragraph: "Bilaga 2", "Bilaga 1 till protokoll § 17". */
  private static final Pattern BILAGA_START =
      Pattern.compile("^bilaga\\s+\\d{1,2}(?:\\s*[:.]?\\s*(?:till\\s+(?:protokoll|§|kommunstyrelsens|nämndens).*)?)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final int MAX_LOOKED_HEADING = 80;

  /**
   * A line its source marks as a heading (bold throughout, a heading style) that is short, no
   * sentence, no paragraph, role, name or list item: a heading of the document's own words.
   */
  private static boolean looksLikeHeading(Lines lines, int i) {
    String t = lines.text(i);
    if (!lines.get(i).heading() || t.length() > MAX_LOOKED_HEADING || t.endsWith(".") || t.endsWith(",")
        || t.startsWith("§") || t.indexOf('\t') >= 0 || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    return !Roles.isRole(t) && !Text.isPersonName(t)
        && !Text.isDateOnly(t) && !HeadParser.isDnrLine(t);
  }

  private BodyParser() {}

  /** Reads lines {@code decision..limit}. */
  static Body parse(Lines lines, int decision, int limit) {
    return parse(lines, decision, limit, SectionKind.BESLUT, false);
  }

  /**
   * Reads lines {@code start..limit}, the first section of the given kind: a protocol's paragraph
   * with no decision heading in it (an information item, a report) opens no decision. With
   * {@code wholeSpan} (a protocol's paragraph) the end of a list ends nothing.
   */
  static Body parse(Lines lines, int decision, int limit, SectionKind first, boolean wholeSpan) {
    State state = new State(lines);
    state.open(List.of(first), lines.text(decision), decision, "");
    int end = decision;
    boolean closed = false;
    List<Signatory> signatories = List.of();
    for (int i = decision + 1; i <= limit; i++) {
      if (lines.blank(i)) {
        continue;
      }
      String t = lines.text(i);
      Optional<Signatures.Block> sig = Signatures.startingAt(lines, i, limit);
      if (sig.isPresent()) {
        state.close(i - 1);
        signatories = sig.get().signatories();
        end = sig.get().end();
        closed = true;
        state.signatures(sig.get());
        break;
      }
      if (i > decision + 1 && Headings.decision(t).map(Headings.Decision::strong).orElse(false)
          && Headings.decision(t).get().body() != null) {
        // the nämnd's decision after its proposal, yrkanden and behandling: "Nämndens beslut"
        state.close(i - 1);
        state.open(List.of(SectionKind.BESLUT), t, i, "");
        end = i;
        continue;
      }
      Optional<Headings.Match> heading = Headings.section(t);
      if (heading.isPresent()) {
        state.close(i - 1);
        state.open(heading.get().kinds(), heading.get().heading(), i, heading.get().inline());
        end = i;
        continue;
      }
      if (looksLikeHeading(lines, i)) {
        // a heading by how it looks (bold, a heading style), in words no list knows: it ends the
        // section before it, and opens one the rules do not judge
        state.close(i - 1);
        state.open(List.of(SectionKind.OTHER), t, i, "");
        end = i;
        continue;
      }
      if (state.sections.size() >= 1 && ATTACHMENT_START.matcher(t).matches()
          || end > decision && !state.inList() && BILAGA_START.matcher(t).matches()) {
        closed = true;
        break;
      }
      if (state.inList()) {
        if (state.list.offer(t, i)) {
          end = i;
          continue;
        }
        // a protocol's paragraph runs to the next paragraph: a list ending there ends no document
        if (!wholeSpan && !state.list.isEmpty() && !sectionFollows(lines, i, limit)) {
          closed = true;
          break;
        }
      }
      state.content(i);
      end = i;
    }
    state.close(end);
    return new Body(
        state.sections,
        state.beslutsunderlag,
        state.expedieras,
        state.samverkanDate,
        signatories,
        end,
        closed);
  }

  /** True when a section heading or signature follows soon: the text after a list still belongs. */
  private static boolean sectionFollows(Lines lines, int from, int limit) {
    int seen = 0;
    for (int i = from; i <= limit && seen < LOOKAHEAD_FOR_SECTION; i++) {
      if (lines.blank(i)) {
        continue;
      }
      seen++;
      if (Headings.decision(lines.text(i)).filter(Headings.Decision::strong).isPresent()) {
        return false;
      }
      if (Headings.section(lines.text(i)).isPresent() || Signatures.startingAt(lines, i, limit).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static final class State {
    private final Lines lines;
    private final List<Section> sections = new ArrayList<>();
    private List<String> beslutsunderlag = List.of();
    private List<String> expedieras = List.of();
    private LocalDate samverkanDate;
    private List<SectionKind> kinds;
    private String heading;
    private String inline;
    private int headingLine;
    private final List<Integer> contentLines = new ArrayList<>();
    private ListItems.Reader list;

    State(Lines lines) {
      this.lines = lines;
    }

    void open(List<SectionKind> newKinds, String newHeading, int line, String newInline) {
      kinds = newKinds;
      heading = newHeading;
      inline = newInline;
      headingLine = line;
      contentLines.clear();
      list = LISTS.contains(newKinds.get(0)) ? new ListItems.Reader() : null;
      if (list != null && !newInline.isEmpty()) {
        list.offer(newInline, line);
      }
    }

    boolean inList() {
      return list != null;
    }

    void content(int i) {
      contentLines.add(i);
    }

    void signatures(Signatures.Block block) {
      sections.add(
          new Section(
              SectionKind.SIGNATURES,
              "",
              lines.join(block.start(), block.end()),
              lines.location(block.start(), block.end())));
    }

    void close(int lastLine) {
      if (kinds == null) {
        return;
      }
      StringBuilder text = new StringBuilder(inline);
      if (list != null) {
        for (String item : list.items()) {
          append(text, item);
        }
      }
      for (int i : contentLines) {
        append(text, lines.text(i));
      }
      String body = text.toString();
      boolean real = Text.holdsContent(body);
      int last = Math.max(headingLine, Math.min(lastLine, lastContent()));
      if (real) {
        for (SectionKind kind : kinds) {
          sections.add(new Section(kind, heading, body, lines.location(headingLine, last)));
        }
      }
      if (list != null) {
        if (kinds.get(0) == SectionKind.BESLUTSUNDERLAG && beslutsunderlag.isEmpty()) {
          beslutsunderlag =
              list.items().stream()
                  .filter(Text::holdsContent)
                  .map(ListItems::document)
                  .filter(s -> !s.isEmpty())
                  .toList();
        } else if (kinds.get(0) == SectionKind.EXPEDIERAS && expedieras.isEmpty()) {
          expedieras =
              list.items().stream()
                  .filter(Text::holdsContent)
                  .map(ListItems::recipient)
                  .filter(s -> !s.isEmpty())
                  .toList();
        }
      }
      if (kinds.contains(SectionKind.SAMVERKAN) && samverkanDate == null) {
        samverkanDate = Text.firstDate(body).orElse(null);
      }
      kinds = null;
    }

    private int lastContent() {
      int last = headingLine;
      if (list != null && list.lastLine() > last) {
        last = list.lastLine();
      }
      for (int i : contentLines) {
        last = Math.max(last, i);
      }
      return last;
    }

    private static void append(StringBuilder sb, String s) {
      if (s.isEmpty()) {
        return;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(s);
    }
  }
}
