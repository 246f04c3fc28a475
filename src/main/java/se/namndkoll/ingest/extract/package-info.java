/**
 * Extraction: a file on disk to an {@link se.namndkoll.ingest.extract.ExtractedText}, line by line.
 *
 * <p>{@link se.namndkoll.ingest.extract.DocumentExtractor} is the one entry point. It checks the
 * file, detects its type from the content (the name only as a hint) and hands it to one of three
 * readers: Tika for PDF and office formats, Jsoup for HTML, and a plain reader for text files,
 * which keeps the lines exactly as in the file. Every bad input ends in one {@link
 * se.namndkoll.NamndkollException} whose message names the file and the reason. The lines are
 * faithful, not clean: page furniture, glued headings and markdown are left for the normaliser.
 */
package se.namndkoll.ingest.extract;
