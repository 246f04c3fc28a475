package se.namndkoll.model;

import java.time.LocalDate;

/**
 * A meeting of a nämnd or of one of its utskott; date, time and place are {@code null} when the
 * document lacks them.
 *
 * @param namnd the body that meets ("Individ- och familjeomsorgsnämnden", "Socialt utskott")
 * @param parent for an utskott, the nämnd it belongs to, where the document says; else {@code null}
 */
public record Meeting(String namnd, LocalDate date, String time, String place, String parent) {}
