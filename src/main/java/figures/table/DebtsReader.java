package figures.table;

import figures.model.Amount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code debts.csv}: debtor, creditor, year, amount (+ currency, note, source). */
public final class DebtsReader {
    /** One debt as stated. */
    public record Entry(String file, long line, String debtor, String creditor, int year, Amount amount, String note, String source) {
    }

    private DebtsReader() {
    }

    public static List<Entry> read(TableSource source) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> keys = new HashMap<>();
        CsvTable.of(source, "debtor", "creditor", "year", "amount").forEach(row -> {
            Amount amount = row.nonNegativeAmount("amount", "a debt").orElseThrow(() -> row.error("amount", "is empty"));
            Entry e = new Entry(row.file(), row.line(), row.required("debtor"), row.required("creditor"), row.year("year"),
                    amount, row.text("note"), row.text("source"));
            Keys.unique(keys, row, e.debtor() + "|" + e.creditor() + "|" + e.year(),
                    "debtor " + e.debtor() + ", creditor " + e.creditor() + ", year " + e.year());
            entries.add(e);
        });
        return entries;
    }
}
