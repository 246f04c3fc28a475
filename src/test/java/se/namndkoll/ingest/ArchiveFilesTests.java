package se.namndkoll.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.NamndkollException;
import se.namndkoll.ingest.extract.FileProblems;

/** The walk under a path: every document found, and whatever cannot be walked skipped with its reason. */
class ArchiveFilesTests {

  @TempDir Path dir;

  private Path file(String name) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, "Protokoll\n");
    return f;
  }

  private static void symlink(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("symbolic links cannot be made here: " + e.getMessage());
    }
  }

  @Test
  void aSymbolicLinkLoopIsSkippedWithItsReasonAndTheWalkGoesOn() throws IOException {
    Path a = file("a/protokoll.txt");
    Path b = file("b/kallelse.txt");
    symlink(dir.resolve("a/tillbaka"), Path.of(".."));

    ArchiveFiles.Listing listing = ArchiveFiles.list(List.of(dir));

    assertThat(listing.files()).containsExactly(a, b);
    assertThat(listing.skipped()).singleElement().satisfies(s -> {
      assertThat(s.path()).isEqualTo(dir.resolve("a/tillbaka"));
      assertThat(s.reason()).contains("symbolic link loop").doesNotContain("\n").doesNotContain("Exception");
    });
  }

  @Test
  void aLinkToItselfAndALinkToNothingNamedAsDocumentsAreSkippedWithTheirReasons() throws IOException {
    Path kept = file("protokoll.txt");
    symlink(dir.resolve("sig-själv.pdf"), Path.of("sig-själv.pdf"));
    symlink(dir.resolve("borta.docx"), Path.of("finns-inte.docx"));

    ArchiveFiles.Listing listing = ArchiveFiles.list(List.of(dir));

    assertThat(listing.files()).containsExactly(kept);
    assertThat(listing.skipped()).extracting(s -> s.path().getFileName().toString(), ArchiveFiles.Skipped::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("borta.docx", "a symbolic link to nothing (its target does not exist); skipped"),
            org.assertj.core.groups.Tuple.tuple("sig-själv.pdf", "symbolic link loop; skipped"));
  }

  @Test
  void anUnreadableFolderIsSkippedAsPermissionDenied() throws IOException {
    Path kept = file("läsbar/protokoll.txt");
    Path locked = dir.resolve("låst");
    file("låst/hemlig.txt");
    try {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no POSIX permissions here");
    }
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "the folder is still readable (run as root?)");

      ArchiveFiles.Listing listing = ArchiveFiles.list(List.of(dir));

      assertThat(listing.files()).containsExactly(kept);
      assertThat(listing.skipped()).singleElement().satisfies(s -> {
        assertThat(s.path()).isEqualTo(locked);
        assertThat(s.reason()).isEqualTo("cannot read the folder: permission denied; skipped with everything under it");
      });
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void hiddenFoldersAreNeitherWalkedNorReported() throws IOException {
    Path kept = file("protokoll.txt");
    file(".namndkoll/index/ignored.txt");
    symlink(dir.resolve(".git-loop"), Path.of("."));

    ArchiveFiles.Listing listing = ArchiveFiles.list(List.of(dir));

    assertThat(listing.files()).containsExactly(kept);
    assertThat(listing.skipped()).isEmpty();
  }

  @Test
  void aPathThatDoesNotExistIsAnErrorNamingIt() {
    assertThatThrownBy(() -> ArchiveFiles.list(List.of(dir.resolve("saknas"))))
        .isInstanceOf(NamndkollException.class).hasMessageContaining("saknas: no such file or folder")
        .hasMessageNotContaining("UTF-8");
    assertThatThrownBy(() -> ArchiveFiles.list(List.of(dir.resolve("tr\uFFFDsig.pdf"))))
        .isInstanceOf(NamndkollException.class).hasMessageContaining("not UTF-8");
  }

  @Test
  void reasonsSayWhatTheSystemSaidInAFewWords() {
    assertThat(FileProblems.file(new AccessDeniedException("/x/a.pdf"))).isEqualTo("cannot read the file: permission denied");
    assertThat(FileProblems.folder(new AccessDeniedException("/x")))
        .isEqualTo("cannot read the folder: permission denied; skipped with everything under it");
    assertThat(FileProblems.folder(new FileSystemLoopException("/x/loop"))).startsWith("symbolic link loop");
    assertThat(FileProblems.folder(new FileSystemException("/x/l", null, "Too many levels of symbolic links")))
        .startsWith("symbolic link loop");
    assertThat(FileProblems.file(new IOException("Input/output error"))).isEqualTo("cannot read the file: Input/output error");
  }
}
