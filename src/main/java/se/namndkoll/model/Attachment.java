package se.namndkoll.model;

/** A report, plan or letter attached to an ärende (a tertial report, a risk analysis). */
public record Attachment(String title, Location location) {}
