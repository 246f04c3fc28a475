package se.namndkoll.model;

import java.util.List;

/**
 * What a document says in words, rather than by a mark, of being covered by secrecy
 * (offentlighets- och sekretesslagen): "Ärendet omfattas av sekretess enligt 26 kap. 1 § OSL". An
 * ärende whose own text says so is secret though neither its title nor its agenda item is marked;
 * a document that says so outside every ärende, of something it does not name, is secret whole.
 *
 * @param whole the document is treated as secret whole: of every ärende only its title, Dnr and
 *     meeting are public
 * @param statements where the text says so, for what no mark made secret (lines only: the words
 *     themselves belong to what is secret)
 */
public record Sekretess(boolean whole, List<Location> statements) {

  /** A document that says nothing of secrecy beyond its marks. */
  public static final Sekretess NONE = new Sekretess(false, List.of());

  public Sekretess {
    statements = List.copyOf(statements);
  }
}
