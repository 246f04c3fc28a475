package se.namndkoll.index;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Document;

/**
 * Stores model records in the index: JSON of their components, compressed. What is stored is
 * enough to check an archive and show an ärende without reopening its file.
 */
final class DocumentCodec {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

  private DocumentCodec() {}

  static byte[] document(Document d) {
    return gzip(d);
  }

  static Document document(byte[] bytes) {
    return gunzip(bytes, Document.class);
  }

  static byte[] arende(Arende a) {
    return gzip(a);
  }

  static Arende arende(byte[] bytes) {
    return gunzip(bytes, Arende.class);
  }

  private static byte[] gzip(Object value) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        JSON.writeValue(gz, value);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store " + value.getClass().getSimpleName(), e);
    }
  }

  private static <T> T gunzip(byte[] bytes, Class<T> type) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return JSON.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a stored " + type.getSimpleName(), e);
    }
  }
}
