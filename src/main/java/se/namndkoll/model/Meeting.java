package se.namndkoll.model;

import java.time.LocalDate;

/** A meeting of a nämnd; date, time and place are {@code null} when the document lacks them. */
public record Meeting(String namnd, LocalDate date, String time, String place) {}
