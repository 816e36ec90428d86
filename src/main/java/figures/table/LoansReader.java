package figures.table;

import figures.model.LoanTerms;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Percent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code loans.csv}: lender, borrower, year, principal (+ currency, purpose, rate, maturity,
 * grace, repayment, frequency, note, source). Terms may be blank; a term that is there must parse.
 */
public final class LoansReader {
    /** One loan as stated; a term the row leaves blank is null. */
    public record Entry(String file, long line, String lender, String borrower, int year, Amount principal, String purpose,
                        Percent rate, BigDecimal maturity, BigDecimal grace, LoanTerms.Repayment repayment, Integer frequency,
                        String note, String source, Map<String, String> others) {
    }

    /** The columns this reader knows; any other is passed through ({@link Entry#others}). */
    public static final java.util.Set<String> COLUMNS = java.util.Set.of("lender", "borrower", "year", "principal", "currency", "purpose",
            "rate", "maturity", "grace", "repayment", "frequency", "note", "source");

    private LoansReader() {
    }

    public static List<Entry> read(TableSource source) {
        List<Entry> entries = new ArrayList<>();
        CsvTable.of(source, "lender", "borrower", "year", "principal").forEach(row -> {
            Amount principal = row.requiredAmount("principal");
            if (principal.signum() <= 0) {
                throw row.error("principal", "a loan's principal must be more than 0 (" + row.text("principal") + ")");
            }
            entries.add(new Entry(row.file(), row.line(), row.required("lender"), row.required("borrower"), row.year("year"),
                    principal, row.text("purpose"), row.percent("rate").orElse(null),
                    term(row, "maturity", s -> LoanTerms.parseYears("maturity", s)),
                    term(row, "grace", s -> LoanTerms.parseYears("grace", s)),
                    term(row, "repayment", LoanTerms.Repayment::parse),
                    term(row, "frequency", LoanTerms::parseFrequency),
                    row.text("note"), row.text("source"), row.others(COLUMNS)));
        });
        return entries;
    }

    private static <T> T term(Row row, String column, java.util.function.Function<String, T> parse) {
        Optional<String> cell = row.optional(column);
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(cell.get());
        } catch (CalcException e) {
            throw row.error(column, e.getMessage());
        }
    }
}
