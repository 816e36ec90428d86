package figures.table;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.Decimals;
import figures.model.InputException;
import figures.model.Percent;
import figures.model.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of a table with typed getters. A getter that cannot read its cell throws
 * {@code file:line: column 'x': message}; optional getters return empty for a blank cell.
 */
public final class Row {
    private final String file;
    private final long line;
    private final CsvTable.Header header;
    private final java.util.function.IntFunction<String> cells;
    /** How a column is named in messages, where that is not its name (a wide table's year column); null: by name. */
    private final Map<String, String> labels;

    Row(String file, long line, CsvTable.Header header, CSVRecord record) {
        this(file, line, header, record::get, null);
    }

    /** A row of cells by position, some columns named otherwise in messages ({@code labels}, or null). */
    Row(String file, long line, CsvTable.Header header, java.util.function.IntFunction<String> cells, Map<String, String> labels) {
        this.file = file;
        this.line = line;
        this.header = header;
        this.cells = cells;
        this.labels = labels;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** {@code file:line}, for messages that point at this row. */
    public String where() {
        return file + ":" + line;
    }

    public boolean has(String column) {
        return header.has(column);
    }

    /** The raw cell, stripped; empty when blank or when the column is absent. */
    public String text(String column) {
        Integer i = header.index().get(column);
        if (i == null) {
            return "";
        }
        String v = cells.apply(i);
        if (v.indexOf('\0') >= 0) {
            throw error(column, "contains a NUL byte (is this a binary file?)");
        }
        return v.strip();
    }

    /** A cell that must not be blank. */
    public String required(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            throw error(column, "is empty");
        }
        return v;
    }

    public Optional<String> optional(String column) {
        String v = text(column);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** The currency of the row's {@code currency} column, if any. */
    public Optional<Currency> currency() {
        return optional("currency").map(code -> {
            Currency c = Currency.lookup(code);
            if (c == null) {
                throw error("currency", "unknown currency code " + quote(code) + " (expected an ISO 4217 code such as USD, GBP, EUR, RUB, SUR, SYP)");
            }
            return c;
        });
    }

    /**
     * An amount cell; the {@code currency} column applies when the cell names none, and a cell
     * that names a different currency from that column is an error.
     */
    public Optional<Amount> amount(String column) {
        Optional<String> cell = optional(column);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(amount(column, cell.get(), ""));
    }

    /**
     * The amount of a column whose cell, in the amount syntax, is {@code text} (the cell itself, or
     * the cell in a table's number form made plain); {@code hint} is added to a refusal.
     */
    Amount amount(String column, String text, String hint) {
        if (text.isEmpty()) {
            throw error(column, "is empty");
        }
        Amount a;
        try {
            a = Amount.parse(text);
        } catch (CalcException e) {
            throw error(column, e.getMessage() + hint);
        }
        String written = text;
        Optional<Currency> rowCurrency = currency();
        if (rowCurrency.isPresent()) {
            if (a.currency().isPresent() && !a.currency().get().equals(rowCurrency.get())) {
                throw error(column, quote(written) + " is in " + a.currency().get() + " but the currency column says " + rowCurrency.get());
            }
            a = a.withCurrency(rowCurrency.get());
        }
        return a;
    }

    public Amount requiredAmount(String column) {
        return amount(column).orElseThrow(() -> error(column, "is empty"));
    }

    /** An amount that cannot be below zero, such as a debt or a principal: {@code what} names it ("a debt"). */
    public Optional<Amount> nonNegativeAmount(String column, String what) {
        Optional<Amount> a = amount(column);
        if (a.isPresent() && a.get().signum() < 0) {
            throw error(column, what + " cannot be negative (" + quote(text(column)) + ")");
        }
        return a;
    }

    /** A percent of a whole, which lies between 0 and 100: {@code what} names it ("the percent written off"). */
    public Optional<Percent> percentOfWhole(String column, String what) {
        Optional<Percent> p = percent(column);
        if (p.isPresent() && !p.get().isBetween0And100()) {
            throw error(column, what + " must lie between 0 and 100, not " + quote(text(column)));
        }
        return p;
    }

    public Optional<Percent> percent(String column) {
        return optional(column).map(s -> {
            try {
                return Percent.parseStated(s); // 0.73 is refused as ambiguous, as in options
            } catch (CalcException e) {
                throw error(column, e.getMessage());
            }
        });
    }

    public Period period(String column) {
        String s = required(column);
        try {
            return Period.parse(s);
        } catch (CalcException e) {
            throw error(column, e.getMessage());
        }
    }

    /**
     * The period of a series table's row: a year, a span of years, or a quarter, month or day
     * ({@link Period#parseSubAnnual}: 2024Q1, 2024-03, 1971-01-01).
     */
    public Period seriesPeriod(String column) {
        String s = required(column);
        Period p;
        try {
            p = Period.parseSubAnnual(s);
        } catch (CalcException e) {
            throw error(column, e.getMessage());
        }
        if (p != null) {
            return p;
        }
        try {
            return Period.parse(s);
        } catch (CalcException e) {
            throw error(column, e.getMessage() + (s.matches("\\d{4}\\D.*")
                    ? " (a period within a year is written 2024-03, 2024Q1, 2024-Q1, 2024M3 or 1971-01-01)" : ""));
        }
    }

    /** A single calendar year. */
    public int year(String column) {
        Period p = period(column);
        if (p.isSpan()) {
            throw error(column, "'" + p + "' is a span of years; this column takes one year");
        }
        return p.first();
    }

    /**
     * The cells of the columns a reader does not know, by name in header order: a table's extra
     * columns, which commands pass through to their output (DESIGN §5).
     */
    public Map<String, String> others(java.util.Collection<String> known) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : header.names()) {
            if (!known.contains(name)) {
                m.put(name, text(name));
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Every cell by column name, in header order. */
    public Map<String, String> cells() {
        return others(java.util.Set.of());
    }

    /** A cell value quoted for a message, shortened when long so that a message stays one readable line. */
    public static String quote(String value) {
        String v = value.length() <= 60 ? value : value.substring(0, 40) + "…" + value.substring(value.length() - 10)
                + " (" + value.length() + " characters)";
        return "'" + Decimals.visible(v) + "'";
    }

    /** An error about one cell of this row. */
    public InputException error(String column, String message) {
        String shown = labels == null ? column : labels.getOrDefault(column, column);
        return new InputException(file, line, "column '" + shown + "': " + message);
    }

    /** An error about the row as a whole. */
    public InputException error(String message) {
        return new InputException(file, line, message);
    }
}
