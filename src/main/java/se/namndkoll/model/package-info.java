/**
 * The document model: what namndkoll reads out of a council document.
 *
 * <p>Plain Java records and enums, shared by ingest, index, rules, assembly and reports, and
 * depending on no library. Record components that a document may lack are {@code null}; lists are
 * never {@code null} and are unmodifiable.
 */
package se.namndkoll.model;
