package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.Roles;
import se.namndkoll.ingest.vocabulary.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.model.Signatory;

/**
 * Finds the block of names a decision document ends with: "Yvonne Persson / Ordförande / Magnus
 * Stenmark / Förvaltningschef", a party group's names ("Anna Berg (M)"), a dateline.
 */
final class Signatures {

  /** A signature block: its lines and the names in it. */
  record Block(int start, int end, List<Signatory> signatories) {}

  private static final Pattern PARTY_NAME =
      Pattern.compile("^(?<name>.{3,50}?)\\s*\\((?<party>\\p{Lu}{1,4}|\\p{Lu}\\p{Ll}{1,3})\\)$");
  private static final Pattern GROUP =
      Pattern.compile(
          "^(?:för\\s+.{3,80}|.{3,80}\\si\\s.{3,60}(?:nämnd|nämnden|styrelsen|fullmäktige)"
              + "|.{3,60}s\\s+(?:ledamöter|gruppledare))$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BODY_GENITIVE =
      Pattern.compile("^\\p{Lu}[\\p{L}\\- ]{2,60}(?:nämndens|styrelsens|fullmäktiges|utskottets|förvaltningens)$");
  private static final Pattern DATELINE =
      Pattern.compile("^(?:\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?,?\\s+)?(?:den\\s+)?\\d{4}-\\d{2}-\\d{2}$");
  /** A name and its role on one line: "Per Hammar samhällsbyggnadschef", "Eva Ek, ordförande". */
  private static final Pattern NAME_WITH_ROLE =
      Pattern.compile("^(?<name>\\p{Lu}[\\p{L}'’]+(?:[ -]\\p{Lu}[\\p{L}'’]+){1,3})(?:,\\s*|\\s+)(?<role>\\p{Ll}[\\p{L}\\- ]{2,40})$");
  private static final int MAX_GAP = 3;

  private Signatures() {}

  /** The signature block starting at line {@code i}, if one starts there. */
  static Optional<Block> startingAt(Lines lines, int i, int limit) {
    String t = lines.text(i);
    if (!startsBlock(lines, i, limit, t)) {
      return Optional.empty();
    }
    List<Signatory> names = new ArrayList<>();
    int end = i;
    int k = i;
    String pendingName = null;
    while (k >= 0 && k <= limit) {
      String s = lines.text(k);
      Matcher party = PARTY_NAME.matcher(s);
      Matcher withRole = NAME_WITH_ROLE.matcher(s);
      List<String> pair = twoNames(s);
      if (withRole.matches() && isNameWithRole(withRole)) {
        flush(names, pendingName);
        pendingName = null;
        names.add(new Signatory(withRole.group("name"), withRole.group("role").strip()));
      } else if (!pair.isEmpty()) {
        // two signatories side by side, their roles on the next line
        flush(names, pendingName);
        pendingName = null;
        for (String n : pair) {
          names.add(new Signatory(n, null));
        }
      } else if (startsWithRole(s) && !names.isEmpty() && pendingName == null) {
        // the roles of names side by side: "Produktionsdirektör X Chef Y"
      } else if (Roles.isRole(s) || endsAsHandlaggare(lines, k, limit, s)) {
        if (pendingName != null) {
          names.add(new Signatory(pendingName, s));
          pendingName = null;
        }
      } else if (party.matches() && Text.isPersonName(party.group("name"))) {
        flush(names, pendingName);
        pendingName = null;
        names.add(new Signatory(party.group("name").strip(), party.group("party")));
      } else if (Text.isPersonName(s)) {
        if (k > i && headsNextDocument(lines, k, limit)) {
          break;
        }
        flush(names, pendingName);
        pendingName = s;
      } else if (!(GROUP.matcher(s).matches() || BODY_GENITIVE.matcher(s).matches()
          || DATELINE.matcher(s).matches())) {
        break;
      }
      end = k;
      int next = lines.nextNonBlank(k + 1, limit);
      if (next < 0 || lines.blanksBetween(k, next) > MAX_GAP) {
        break;
      }
      k = next;
    }
    flush(names, pendingName);
    if (names.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Block(i, end, names));
  }

  /**
   * A name followed by a "Handläggare" label that more of a header follows is the next document's
   * officer, not a signatory; "Handläggare" that ends the text is the role of a tjänsteskrivelse's
   * signatory.
   */
  private static boolean headsNextDocument(Lines lines, int k, int limit) {
    int next = lines.nextNonBlank(k + 1, limit);
    return next >= 0 && lines.text(next).toLowerCase(Text.SV).startsWith("handläggare")
        && lines.nextNonBlank(next + 1, limit) >= 0;
  }

  /**
   * "Handläggare" is a header's label almost everywhere; only where it ends the text, under a name,
   * is it the role of a tjänsteskrivelse's signatory.
   */
  private static boolean endsAsHandlaggare(Lines lines, int k, int limit, String s) {
    return s.strip().equalsIgnoreCase("handläggare") && lines.nextNonBlank(k + 1, limit) < 0;
  }

  private static void flush(List<Signatory> names, String pendingName) {
    if (pendingName != null) {
      names.add(new Signatory(pendingName, null));
    }
  }

  private static boolean isNameWithRole(Matcher m) {
    return Text.isPersonName(m.group("name")) && m.group("role").strip().split("\\s+").length <= 4
        && Roles.isRole(m.group("role").strip());
  }

  /**
   * Two names side by side on one line, as two signature columns print: "Anna Berg Per Ek". Only
   * where the line is four or five capitalised words that split into two names.
   */
  static List<String> twoNames(String t) {
    String[] w = t.strip().split("\\s+");
    if (w.length < 4 || w.length > 5) {
      return List.of();
    }
    for (int cut = 2; cut <= w.length - 2; cut++) {
      String a = String.join(" ", Arrays.copyOfRange(w, 0, cut));
      String b = String.join(" ", Arrays.copyOfRange(w, cut, w.length));
      if (Text.isPersonName(a) && Text.isPersonName(b)) {
        return List.of(a, b);
      }
    }
    return List.of();
  }

  /** A line that opens with a role word: the roles of two signatories side by side. */
  private static boolean startsWithRole(String t) {
    String first = t.strip().split("\\s+")[0];
    return Roles.isRole(first);
  }

  private static boolean startsBlock(Lines lines, int i, int limit, String t) {
    if (!twoNames(t).isEmpty()) {
      int next = lines.nextNonBlank(i + 1, limit);
      return next >= 0 && lines.blanksBetween(i, next) <= 2 && startsWithRole(lines.text(next));
    }
    Matcher withRole = NAME_WITH_ROLE.matcher(t);
    if (withRole.matches() && isNameWithRole(withRole)) {
      return true;
    }
    if (GROUP.matcher(t).matches()) {
      int next = lines.nextNonBlank(i + 1, limit);
      return next >= 0 && isPartyName(lines.text(next));
    }
    if (isPartyName(t)) {
      int next = lines.nextNonBlank(i + 1, limit);
      return next < 0 || isPartyName(lines.text(next)) || Roles.isRole(lines.text(next));
    }
    if (!Text.isPersonName(t)) {
      return false;
    }
    int next = lines.nextNonBlank(i + 1, limit);
    if (next < 0 || lines.blanksBetween(i, next) > 2) {
      return false;
    }
    String n = lines.text(next);
    if (Roles.isRole(n)) {
      return true;
    }
    if (BODY_GENITIVE.matcher(n).matches()) {
      int after = lines.nextNonBlank(next + 1, limit);
      return after >= 0 && Roles.isRole(lines.text(after));
    }
    return false;
  }

  private static boolean isPartyName(String s) {
    Matcher m = PARTY_NAME.matcher(s);
    return m.matches() && Text.isPersonName(m.group("name"));
  }
}
