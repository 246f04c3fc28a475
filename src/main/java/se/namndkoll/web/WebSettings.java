package se.namndkoll.web;

import java.util.function.Supplier;
import se.namndkoll.index.ArchiveSearch;

/**
 * How {@code serve} runs.
 *
 * @param bind the address to listen on (127.0.0.1 unless told)
 * @param port the port; 0 takes a free one
 * @param archive opens the archive (the index folder or a SolrCloud collection)
 * @param where the archive as a reader names it ("index .namndkoll/index")
 * @param open {@code --public}: for everyone, without the findings
 */
public record WebSettings(String bind, int port, Supplier<ArchiveSearch> archive, String where, boolean open,
    Site site) {}
