package se.namndkoll.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Personnummer;
import se.namndkoll.testing.SecretFixtures;

/**
 * The archive is safe to publish: an index built from documents with secret ärenden and
 * personnummer holds, in no stored field (the stored parse and ärenden decompressed) and in no
 * searchable term, any text of a secret ärende or any personnummer in clear; search finds nothing
 * by a personnummer's last four digits and shows only the masked form.
 */
class ArchiveSecrecyTests {

  /** The name of the file with a personnummer in it, as the archive keeps it: masked, its birth date left. */
  private static final String MASKED_NAME = "on-iu-2026-05-19-19850312-XXXX.txt";

  @TempDir static Path dir;
  private static SearchService search;
  /** Every stored value of every live document of the index, as "field=value", compressed ones decompressed. */
  private static final List<String> stored = new ArrayList<>();
  /** Every term of every indexed field, as "field:term". */
  private static final List<String> terms = new ArrayList<>();

  @BeforeAll
  static void ingest() throws IOException {
    SecretFixtures.write(dir.resolve("docs"));
    IngestSummary s = new IngestService(DocumentReader.standard())
        .ingest(List.of(dir.resolve("docs")), dir.resolve("index"), false, 2, new IngestService.Listener() {});
    assertThat(s.failed()).isEmpty();
    assertThat(s.read()).isEqualTo(3);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
      readAll(reader);
    }
    search = SearchService.open(dir.resolve("index"));
  }

  @AfterAll
  static void close() {
    if (search != null) {
      search.close();
    }
  }

  private static void readAll(DirectoryReader reader) throws IOException {
    Bits live = MultiBits.getLiveDocs(reader);
    StoredFields fields = reader.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      for (IndexableField f : fields.document(doc)) {
        stored.add(f.name() + "=" + value(f));
      }
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      for (FieldInfo info : r.getFieldInfos()) {
        Terms t = r.terms(info.name);
        if (t == null) {
          continue;
        }
        TermsEnum e = t.iterator();
        for (BytesRef term = e.next(); term != null; term = e.next()) {
          terms.add(info.name + ":" + term.utf8ToString());
        }
      }
    }
  }

  private static String value(IndexableField f) {
    if (f.stringValue() != null) {
      return f.stringValue();
    }
    BytesRef bytes = f.binaryValue();
    if (bytes != null) {
      byte[] raw = BytesRef.deepCopyOf(bytes).bytes;
      return raw.length > 1 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b ? gunzip(raw)
          : new String(raw, StandardCharsets.UTF_8);
    }
    return String.valueOf(f.numericValue());
  }

  private static String gunzip(byte[] raw) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String all() {
    return String.join("\n", stored);
  }

  @Test
  void theStoredParseAndArendenWereDecompressedAndRead() {
    assertThat(stored).anyMatch(v -> v.startsWith(IndexFields.STORED_DOCUMENT + "={"))
        .anyMatch(v -> v.startsWith(IndexFields.STORED_ARENDE + "={"));
    assertThat(all()).as("public text is kept").contains("parkeringen vid Ekbackens boende", "allmänna handlingar");
  }

  @Test
  void noStoredFieldHoldsAPersonnummerInClear() {
    assertThat(stored).allSatisfy(v -> assertThat(Personnummer.find(v)).as(v).isEmpty());
    assertThat(all()).doesNotContain(SecretFixtures.ALL_PNR.toArray(String[]::new))
        .doesNotContain("850312-2486", "790521-1236");
    String withoutTheTestsFolder = all().replace(dir.toString(), "");
    for (String last : SecretFixtures.LAST_FOUR) {
      assertThat(withoutTheTestsFolder).doesNotContain("-" + last, " " + last);
    }
    assertThat(all()).as("the public ones, masked").contains("19790521-XXXX", "480229-XXXX");
  }

  @Test
  void organisationsnummerStayAsTheyAre() {
    assertThat(all()).contains(SecretFixtures.ORGANISATIONSNUMMER.toArray(String[]::new));
  }

  @Test
  void noStoredFieldHoldsTextOfASecretArende() {
    for (String word : SecretFixtures.SECRET_WORDS) {
      assertThat(all()).as(word).doesNotContainIgnoringCase(word);
    }
    assertThat(stored).allSatisfy(v -> assertThat(v.replace(MASKED_NAME, "")).as("not even the birth date in a secret title: %s", v).doesNotContain("19850312"));
  }

  @Test
  void ofASecretArendeTitleDnrAndMeetingAreKept() {
    assertThat(all()).contains("Ansökan om försörjningsstöd för Tova Lindqvist", "ON 2026-00041",
        "Delegationsbeslut inom individ- och familjeomsorgen", "Yttrande över tillsynen av boendet Ekbacken",
        "Förlängd placering för", "Beslut om umgänge", "ON 2026-00061", "2026-05-19");
  }

  @Test
  void aFileNameWithAPersonnummerIsStoredMasked() {
    assertThat(stored).anyMatch(v -> v.startsWith(IndexFields.SOURCE + "=") && v.endsWith(MASKED_NAME));
  }

  @Test
  void noTermFindsALastFourDigitsOrASecretWord() {
    assertThat(terms).isNotEmpty();
    for (String term : terms) {
      // the test's own temporary folder is in every path, and its random digits may be anything
      String value = term.substring(term.indexOf(':') + 1).replace(dir.toString(), "").toLowerCase(Locale.ROOT)
          .replace(MASKED_NAME.toLowerCase(Locale.ROOT), "");
      assertThat(SecretFixtures.LAST_FOUR).as(term).doesNotContain(value);
      assertThat(value).as(term).doesNotContain("hyresskuld", "bostadsbolag", "nattbemann", "lindäng", "lindang", "19850312",
          "2486", "1236", "4118", "2391");
    }
  }

  private static SearchResult find(String query) {
    return search.search(new SearchRequest(query, null, null, null, null, 20));
  }

  @Test
  void searchingAPersonnummerOrItsLastFourDigitsFindsNothingOrTheMaskedFormOnly() {
    assertThat(find(SecretFixtures.SECRET_PNR).total()).isZero();
    assertThat(find("\"" + SecretFixtures.SECRET_PNR + "\"").total()).isZero();
    for (String last : SecretFixtures.LAST_FOUR) {
      assertThat(find(last).total()).as(last).isZero();
    }
    SearchResult pub = find(SecretFixtures.PUBLIC_PNR);
    assertThat(pub.hits()).isNotEmpty().allSatisfy(h -> {
      assertThat(h.snippet() + " " + h.title()).doesNotContain("1236");
      assertThat(Personnummer.find(h.snippet())).isEmpty();
    });
    assertThat(pub.hits()).anySatisfy(h -> assertThat(h.snippet()).contains("XXXX"));
  }

  @Test
  void searchFindsNoContentOfASecretArendeButItsTitle() {
    for (String word : List.of("hyresskulden", "Bostadsbolaget", "nattbemanningen", "kontaktperson", "Lindängen")) {
      assertThat(find(word).hits()).as(word).allSatisfy(h -> assertThat(h.title()).doesNotContain(word));
    }
    assertThat(find("nattbemanningen").total()).isZero();
    SearchResult byTitle = find("\"Yttrande över tillsynen\"");
    assertThat(byTitle.hits()).isNotEmpty();
    SearchHit hit = byTitle.hits().stream().filter(h -> h.kind().equals("skrivelse")).findFirst().orElseThrow();
    assertThat(search.show(hit.id()).orElseThrow().arende().sections()).isEmpty();
  }

  @Test
  void aPublicTitleThatUsesTheWordIsIndexedWhole() {
    SearchResult r = find("\"" + SecretFixtures.PUBLIC_TITLE + "\"");
    SearchHit hit = r.hits().stream().filter(h -> h.kind().equals("protokollsparagraf")).findFirst().orElseThrow();
    assertThat(hit.title()).isEqualTo(SecretFixtures.PUBLIC_TITLE);
    assertThat(search.show(hit.id()).orElseThrow().arende().sections()).isNotEmpty();
    assertThat(find("höstens utbildning allmänna handlingar").total()).isPositive();
  }
}
