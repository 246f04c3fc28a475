package se.namndkoll.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import se.namndkoll.NamndkollException;

/**
 * Makes a SolrCloud collection for the archive: uploads the configset the program carries (the one
 * in {@code solr/configsets/namndkoll}) under the collection's name and creates the collection with
 * its shards and replicas. The nodes need {@code namndkoll-solr-plugin.jar} on their classpath for
 * the schema's analysis.
 */
public final class SolrCollections {

  /** The configset's files, as the program carries them. */
  static final List<String> CONFIGSET = List.of("schema.xml", "solrconfig.xml");
  private static final String RESOURCE = "/namndkoll/solr/conf/";

  /** What was made: the collection, its configset, shards and replicas of each. */
  public record Made(String collection, String configset, int shards, int replicas) {}

  /** Uploads the configset and creates the collection on the SolrCloud at the zkHost or node address. */
  public Made init(String zkHost, String collection, int shards, int replicas) {
    if (shards < 1 || replicas < 1) {
      throw NamndkollException.badUsage("--shards and --replicas must be 1 or more");
    }
    String where = collection + " on " + zkHost;
    try (CloudSolrClient solr = SolrArchiveStore.client(zkHost)) {
      if (CollectionAdminRequest.listCollections(solr).contains(collection)) {
        throw new NamndkollException(where + ": the collection exists already; ingest into it, or name another");
      }
      ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(configsetZip(), "namndkoll.zip",
          "application/zip");
      new ConfigSetAdminRequest.Upload().setConfigSetName(collection).setUploadStream(zip).setOverwrite(false)
          .process(solr);
      CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, collection, shards,
          replicas);
      // each kommun's records on one shard: a sweep of a kommun asks that shard only
      create.setRouterField(IndexFields.KOMMUN);
      create.setWaitForFinalState(true); // answered once every replica is active
      create.process(solr);
      return new Made(collection, collection, shards, replicas);
    } catch (NamndkollException e) {
      throw e;
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw new NamndkollException(where + ": cannot make the collection: " + SolrArchiveStore.said(e), e);
    }
  }

  /** The configset as the zip Solr's configset API takes. */
  static byte[] configsetZip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : CONFIGSET) {
        try (InputStream in = SolrCollections.class.getResourceAsStream(RESOURCE + name)) {
          if (in == null) {
            throw new IllegalStateException(RESOURCE + name + " is part of the program");
          }
          zip.putNextEntry(new ZipEntry(name));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    }
    return out.toByteArray();
  }
}
