package se.namndkoll.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import se.namndkoll.index.analysis.SwedishAnalyzers;
import se.namndkoll.ingest.DocumentReader;

/**
 * The configset for SolrCloud ({@code solr/configsets/namndkoll}) against the embedded index: every
 * analyzer of its schema, built by Lucene from the names and parameters written there, gives the
 * same words at the same positions as the embedded index's; and every field the indexer writes is
 * declared in it.
 */
class SolrConfigsetTests {

  private static final Path SCHEMA = Path.of("solr/configsets/namndkoll/conf/schema.xml");

  private static final List<String> TEXTS = List.of(
      "Barnkonsekvensanalysen visar att placeringarna av barn i familjehem ökade under året.",
      "Socialnämnden beslutar enligt 6 kap. 39 § kommunallagen och 26 kap. 1 § OSL, § 12 Dnr SN 2026/118.",
      "Protokollet justerades; delegationsbesluten anmäldes till nämnden. Fuktskador i förskolan.",
      "Äldreomsorgens nettokostnad blev 4 150 tkr högre än budgeterat för hemtjänsten 2025.");

  private static Element schema;
  private static final List<String> CORPUS_TEXT = new ArrayList<>();

  @BeforeAll
  static void read() throws Exception {
    schema = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(SCHEMA.toFile()).getDocumentElement();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        CORPUS_TEXT.add(Jsoup.parse(f.toFile(), "UTF-8").text());
      }
    }
  }

  @Test
  void theSwedishTextTypeAnalysesAsTheEmbeddedIndexWhenIndexingAndWhenQuerying() {
    assertSameWords(analyzer("text_sv", "index"), SwedishAnalyzers.index());
    assertSameWords(analyzer("text_sv", "query"), SwedishAnalyzers.query());
  }

  @Test
  void everyTextFieldIsAnalysedWhenIndexedAsTheEmbeddedIndexAnalysesIt() {
    Analyzer embedded = FieldAnalyzers.index();
    int checked = 0;
    for (Element f : children(schema, "field")) {
      String type = f.getAttribute("type");
      if (type.startsWith("text_")) {
        Analyzer fromSchema = analyzer(type, hasAnalyzer(type, "index") ? "index" : null);
        for (String text : TEXTS) {
          assertThat(words(fromSchema, text)).as(f.getAttribute("name") + ": " + text)
              .isEqualTo(words(embedded, f.getAttribute("name"), text));
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(11);
  }

  @Test
  void theProgramCarriesEveryFileOfTheConfigsetForSolrInit() throws Exception {
    try (Stream<Path> files = Files.list(SCHEMA.getParent())) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(SolrCollections.CONFIGSET);
    }
    assertThat(SolrCollections.configsetZip()).hasSizeGreaterThan(1000);
  }

  @Test
  void theFoldedTypeAnalysesAsTheEmbeddedFoldedTwin() {
    assertSameWords(analyzer("text_folded", null), SwedishAnalyzers.folded());
  }

  @Test
  void everyFieldTheIndexerWritesIsDeclared() {
    Set<String> declared = new HashSet<>();
    Set<String> withDocValues = new HashSet<>();
    List<String> dynamic = new ArrayList<>();
    for (Element f : children(schema, "field")) {
      declared.add(f.getAttribute("name"));
      if (f.getAttribute("docValues").equals("true") || f.getAttribute("type").startsWith("p")) {
        withDocValues.add(f.getAttribute("name"));
      }
    }
    for (Element f : children(schema, "dynamicField")) {
      dynamic.add(f.getAttribute("name").replace("*", ""));
    }
    Set<String> written = new HashSet<>();
    DocumentReader reader = DocumentReader.standard();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList()) {
        for (org.apache.lucene.document.Document d : DocumentIndexer.documents(f.toString(), f.toString(), "h",
            reader.read(f))) {
          for (IndexableField field : d.getFields()) {
            if (field instanceof SortedSetDocValuesFacetField facet) {
              // a facet of the embedded index is a field with doc values in Solr
              assertThat(withDocValues).as("facet %s has doc values", facet.dim).contains(facet.dim);
            } else {
              written.add(field.name());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    assertThat(written).contains("title", "body", "dnr", "namnd", "title_f");
    for (String name : written) {
      boolean ok = declared.contains(name) || dynamic.stream().anyMatch(name::endsWith);
      assertThat(ok).as("field %s is declared in %s", name, SCHEMA).isTrue();
    }
  }

  private static void assertSameWords(Analyzer fromSchema, Analyzer embedded) {
    List<String> texts = new ArrayList<>(TEXTS);
    texts.addAll(CORPUS_TEXT);
    for (String text : texts) {
      assertThat(words(fromSchema, text)).as(text).isEqualTo(words(embedded, text)).isNotEmpty();
    }
  }

  /** Each word with its position increment and offsets. */
  private static List<String> words(Analyzer analyzer, String text) {
    return words(analyzer, "body", text);
  }

  private static List<String> words(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "+" + inc.getPositionIncrement() + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The analyzer of a field type as the schema writes it, built by Lucene from the factories' names. */
  private static Analyzer analyzer(String fieldType, String type) {
    for (Element t : children(schema, "fieldType")) {
      if (!t.getAttribute("name").equals(fieldType)) {
        continue;
      }
      for (Element a : children(t, "analyzer")) {
        if (type != null && !type.equals(a.getAttribute("type"))) {
          continue;
        }
        try {
          CustomAnalyzer.Builder b = CustomAnalyzer.builder();
          for (Element part : children(a, null)) {
            Map<String, String> params = params(part);
            String name = params.remove("name");
            switch (part.getTagName()) {
              case "charFilter" -> b.addCharFilter(name, params);
              case "tokenizer" -> b.withTokenizer(name, params);
              case "filter" -> b.addTokenFilter(name, params);
              default -> throw new AssertionError("unknown part " + part.getTagName());
            }
          }
          return b.build();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new AssertionError("no analyzer " + type + " of " + fieldType + " in " + SCHEMA);
  }

  private static boolean hasAnalyzer(String fieldType, String type) {
    return children(schema, "fieldType").stream().filter(t -> t.getAttribute("name").equals(fieldType))
        .flatMap(t -> children(t, "analyzer").stream()).anyMatch(a -> type.equals(a.getAttribute("type")));
  }

  private static Map<String, String> params(Element e) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      Node n = e.getAttributes().item(i);
      out.put(n.getNodeName(), n.getNodeValue());
    }
    return out;
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
        out.add(e);
      }
    }
    return out;
  }
}
