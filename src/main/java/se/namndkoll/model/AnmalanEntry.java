package se.namndkoll.model;

import java.time.LocalDate;

/** One entry of an anmälningsärenden list: a decision of KF or KS, a letter, a protocol. */
public record AnmalanEntry(String text, LocalDate date, String reportedInDnr, Location location) {}
