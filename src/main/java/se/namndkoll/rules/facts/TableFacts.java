package se.namndkoll.rules.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import se.namndkoll.model.Document;
import se.namndkoll.model.Location;
import se.namndkoll.model.MoneyTable;

/** The {@link TableBreak} facts: the identities of a document's money tables that its figures do not meet. */
final class TableFacts {

  private TableFacts() {}

  static void add(Placed p, Packages packages, List<Object> out) {
    Document d = p.doc();
    int t = 0;
    int order = 0;
    for (MoneyTable table : d.tables()) {
      t++;
      BigDecimal factor = unitFactor(table.unit());
      String dnr = table.dnr() != null ? table.dnr() : p.firstDnr();
      String title = packages.titleOf(p, dnr);
      for (TableIdentities.Break b : TableIdentities.check(table)) {
        MoneyTable.Row row = table.rows().get(b.rowIndex());
        Location loc = row.location() == null ? table.location() : row.location();
        loc = loc == null ? Location.UNKNOWN : loc;
        String heading = b.columnIndex() < table.columns().size()
            ? table.columns().get(b.columnIndex()).replaceFirst("(?iu)^(?:tkr|mkr|kr)\\s+", "").strip()
            : "";
        String column = heading.isEmpty() ? "beloppskolumn " + (b.columnIndex() + 1) : heading;
        About about = p.about(p.namnd(), dnr, title != null ? title : table.caption(), loc.pageStart(), loc.lineStart(),
            Evidence.quote(table.caption() + ": " + row.label().strip() + ", " + column));
        out.add(new TableBreak(about, d.source() + "#" + t, order++, table.caption(), b.identity(), column,
            b.computed(), b.stated(), b.difference().multiply(factor), b.terms(), b.precision().multiply(factor),
            table.unit() == null ? "tkr" : table.unit()));
      }
    }
  }

  private static BigDecimal unitFactor(String unit) {
    if (unit == null) {
      return BigDecimal.ONE;
    }
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "mkr" -> BigDecimal.valueOf(1000);
      case "kr" -> new BigDecimal("0.001");
      default -> BigDecimal.ONE;
    };
  }
}
