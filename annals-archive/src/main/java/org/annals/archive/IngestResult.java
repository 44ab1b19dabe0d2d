package org.annals.archive;

/**
 * What ingesting one document did.
 *
 * @param id        the stored document's id (for a duplicate: the id of the copy already stored)
 * @param added     false when the same content was already stored
 * @param timexes   time expressions stored
 * @param entries   timeline entries stored
 */
public record IngestResult(String id, boolean added, int timexes, int entries) {
}
