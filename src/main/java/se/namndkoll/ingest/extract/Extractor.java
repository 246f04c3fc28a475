package se.namndkoll.ingest.extract;

import java.nio.file.Path;

/** Reads a file's text, line by line; a file it cannot read is a NamndkollException. */
@FunctionalInterface
public interface Extractor {

  ExtractedText extract(Path file);
}
