package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.Headings;
/**
 * Where one ärende lies: its decision heading, the head above it, its body below, and the last
 * line before the next ärende (attachments run from the body's end to there).
 *
 * @param protocolParagraph a paragraph of a protocol, which is signed once for the whole protocol
 */
record Span(int decision, Headings.Decision info, Head head, Body body, int limit, boolean protocolParagraph) {}
