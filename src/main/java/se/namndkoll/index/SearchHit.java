package se.namndkoll.index;

/** One hit: enough to show it without opening its file. */
public record SearchHit(
    String id,
    String namnd,
    String meetingDate,
    String dnr,
    String title,
    String kind,
    String source,
    Integer page,
    float score,
    String snippet) {}
