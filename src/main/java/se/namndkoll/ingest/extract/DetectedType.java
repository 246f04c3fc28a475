package se.namndkoll.ingest.extract;

import org.apache.tika.mime.MediaType;

/** The type a file was found to have, and the kind of document that makes it. */
record DetectedType(MediaType mediaType, DocumentType documentType) {

  String mediaTypeName() {
    return mediaType.getBaseType().toString();
  }
}
