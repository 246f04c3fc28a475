package se.namndkoll.rules.facts;

import java.time.LocalDate;

/**
 * Text a rule looks for in a whole document: a placeholder left from a template, a personnummer.
 *
 * @param kind "placeholder" or "personnummer"
 * @param found the text found
 * @param sekretess the text sits in a document or ärende covered by secrecy
 */
public record TextHit(
    String source,
    String namnd,
    LocalDate meetingDate,
    String dnr,
    String title,
    Integer page,
    Integer line,
    String evidence,
    String kind,
    String found,
    boolean sekretess)
    implements Subject {}
