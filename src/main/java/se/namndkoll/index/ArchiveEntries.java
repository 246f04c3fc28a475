package se.namndkoll.index;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** A meeting's records as both backends read them from their stored fields. */
final class ArchiveEntries {

  private ArchiveEntries() {}

  /** The entry of one stored record, its fields read by name. */
  static ArchiveEntry entry(Function<String, String> field, Integer page) {
    String id = field.apply(IndexFields.ID);
    String type = field.apply(IndexFields.TYPE);
    String dnr = field.apply(IndexFields.DNR_FULL + "Shown") != null ? field.apply(IndexFields.DNR_FULL + "Shown")
        : field.apply(IndexFields.DNR);
    boolean meeting = IndexFields.TYPE_MEETING.equals(type);
    return new ArchiveEntry(id, type, field.apply(IndexFields.DOC_KIND), ArchiveEntry.fileIdOf(id),
        field.apply(IndexFields.SOURCE), field.apply(IndexFields.TITLE), dnr, field.apply(IndexFields.PARAGRAPH),
        meeting ? null : field.apply(IndexFields.KIND), page, "true".equals(field.apply(IndexFields.SEKRETESS)),
        meeting ? field.apply(IndexFields.BODY) : null, field.apply(IndexFields.NAMND), field.apply(IndexFields.DATE));
  }

  /** By file (its path), each file's agenda first and then its ärenden in the file's order. */
  static List<ArchiveEntry> inFileOrder(List<ArchiveEntry> entries) {
    return entries.stream()
        .sorted(Comparator.comparing((ArchiveEntry e) -> e.source() == null ? "" : e.source())
            .thenComparing(ArchiveEntry::fileId).thenComparingInt(ArchiveEntries::placeInFile))
        .toList();
  }

  /** The agenda's record ({@code …-m}) first, then the ärenden by number ({@code …-1}, {@code …-2} …). */
  private static int placeInFile(ArchiveEntry e) {
    String suffix = e.id().substring(e.id().indexOf('-') + 1);
    return suffix.equals("m") ? 0 : suffix.chars().allMatch(Character::isDigit) ? Integer.parseInt(suffix) : Integer.MAX_VALUE;
  }
}
