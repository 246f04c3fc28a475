package se.namndkoll.rules.facts;


/**
 * An ärende, or a whole document, taken as secret though no mark says so: its own text says that it
 * is covered by secrecy, or the document says so of something it does not name (see
 * {@link se.namndkoll.model.Sekretess}). Of it the archive keeps only title, Dnr and meeting, and
 * the rules judge nothing of its content. The evidence says where, never what: the words belong to
 * what is secret.
 *
 * @param whole the whole document, not one ärende
 */
public record SekretessAssumed(
    About about,
    boolean whole)
    implements AboutFact {}
