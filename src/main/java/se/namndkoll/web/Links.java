package se.namndkoll.web;

import org.springframework.web.util.UriComponentsBuilder;

/** The addresses of the pages, each encoded: a search is shared by its address. */
final class Links {

  private Links() {}

  /** The search page for the query and filters (those null or blank left out). */
  static String search(SearchForm form) {
    return search(form, form.page());
  }

  static String search(SearchForm form, int page) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/");
    param(b, "q", form.q());
    param(b, "namnd", form.namnd());
    param(b, "kind", form.kind());
    param(b, "from", form.from());
    param(b, "to", form.to());
    if (page > 1) {
      b.queryParam("page", page);
    }
    return b.encode().build().toUriString();
  }

  static String arende(String id) {
    return UriComponentsBuilder.fromPath("/arende/{id}").buildAndExpand(id).encode().toUriString();
  }

  static String meeting(String namnd, String date) {
    if (namnd == null || namnd.isBlank() || date == null || date.isBlank()) {
      return null;
    }
    return UriComponentsBuilder.fromPath("/sammantrade").queryParam("namnd", namnd).queryParam("datum", date)
        .encode().build().toUriString();
  }

  /** The archived file, at a page where one is given (PDF readers open it there). */
  static String source(String fileId, Integer page) {
    String path = UriComponentsBuilder.fromPath("/kalla/{id}").buildAndExpand(fileId).encode().toUriString();
    return page == null ? path : path + "#page=" + page;
  }

  private static void param(UriComponentsBuilder b, String name, String value) {
    if (value != null && !value.isBlank()) {
      b.queryParam(name, value.strip());
    }
  }
}
