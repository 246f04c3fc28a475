package se.namndkoll.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The archived documents, read-only: a file is served by its id in the archive only, so that no
 * path the archive does not hold can be asked for.
 */
@Controller
public class SourceController {

  private final WebArchive archive;

  public SourceController(WebArchive archive) {
    this.archive = archive;
  }

  @GetMapping("/kalla/{fileId}")
  public ResponseEntity<Resource> source(@PathVariable String fileId) {
    Path file = archive.file(fileId).orElseThrow(() -> new NotFound("Arkivet har ingen fil med id " + fileId + "."));
    String name = file.getFileName().toString();
    MediaType type = type(name);
    boolean ascii = name.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
        (ascii ? ContentDisposition.inline().filename(name) : ContentDisposition.inline().filename(name, StandardCharsets.UTF_8))
            .build().toString());
    if (type.equals(MediaType.TEXT_HTML)) {
      // an archived web page is shown sandboxed: no script of its runs, nothing from elsewhere loads
      answer.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    }
    return answer.body(new FileSystemResource(file));
  }

  static MediaType type(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".pdf")) {
      return MediaType.APPLICATION_PDF;
    }
    if (n.endsWith(".docx")) {
      return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return MediaType.TEXT_HTML;
    }
    if (n.endsWith(".txt")) {
      return MediaType.TEXT_PLAIN;
    }
    return MediaType.APPLICATION_OCTET_STREAM;
  }
}
