package se.namndkoll.rules.facts;


/**
 * Text a rule looks for in a whole document: a placeholder left from a template, a personnummer.
 *
 * @param kind "placeholder" or "personnummer"
 * @param found the text found
 * @param sekretess the text sits in a document or ärende covered by secrecy
 */
public record TextHit(
    About about,
    String kind,
    String found,
    boolean sekretess)
    implements AboutFact {}
