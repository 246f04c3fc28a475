package se.namndkoll.index;

import se.namndkoll.model.Arende;

/**
 * An ärende (or a meeting's agenda) as {@code show} prints it.
 *
 * @param arende the ärende with its sections, or {@code null} for a meeting
 */
public record ShownArende(String id, String namnd, String meetingDate, String source, Arende arende, String title,
    String text) {}
