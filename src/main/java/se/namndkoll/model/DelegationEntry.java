package se.namndkoll.model;

import java.time.LocalDate;

/**
 * One decision, or one set of decisions, taken on delegation and listed for reporting to the
 * nämnd: "Socialt utskott 2023-06-01", "Ordförandebeslut 2024-01-12".
 *
 * @param decidedBy who decided (an utskott, the ordförande, an officer), as written
 * @param date the date of the decision, {@code null} when not given
 * @param text the whole entry
 * @param reportedInDnr the normalised Dnr of the ärende whose list holds the entry
 */
public record DelegationEntry(
    String decidedBy, LocalDate date, String text, String reportedInDnr, Location location) {}
