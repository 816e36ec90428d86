package figures.table;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Currency;
import java.util.regex.Pattern;

/**
 * How one reader thread reads a value cell beyond the plain amount: the table's number form
 * ({@code --decimal-comma}, {@code --thousands}), the values' scale and currency for a table
 * without a currency column ({@code --scale}, {@code --currency}, or the header's
 * {@code value (USD m)}). The same on the strict path (a row's text, errors naming the cell) and
 * the bulk path (a block's cell, which gives up on any error so that the strict reader says it).
 * With none of them, {@link #fast()} is true and the bulk path reads the cell's bytes as always.
 */
final class ValueCells {
    /** Whether a cell states its own scale (95m, 1.2 bn): refused in a column whose scale is given. */
    private static final Pattern SCALED = Pattern.compile("(?i).*\\d\\s*(k|m|mn|b|bn|tn|thousands?|millions?|billions?|trillions?)\\b.*");

    private final Columns columns;
    private final PlainAmount plain;
    /** The number form, or null for amounts as the amount syntax writes them. */
    private final NumberForm numbers;
    /** The scale of the values (6 for millions), 0 for none. */
    private final int exponent;
    /** The values' currency in a table without a currency column, or null. */
    private final Currency currency;

    ValueCells(Columns columns, PlainAmount plain) {
        this.columns = columns;
        this.plain = plain;
        this.numbers = columns.reading().numbers().isPlain() ? null : columns.reading().numbers();
        this.exponent = columns.exponent();
        this.currency = columns.currencyIndex() >= 0 ? null : columns.currency();
    }

    /** Whether a cell is read as the amount syntax writes it, in the column's own unit: the bulk path's bytes as they are. */
    boolean fast() {
        return numbers == null && exponent == 0;
    }

    /** The currency of a value that states none, in a table without a currency column, or null. */
    Currency currency() {
        return currency;
    }

    /** A row's (stripped, not missing) value cell in the amount syntax's form: its number form made plain; an error names the cell. */
    String text(Row line, String cell) {
        if (numbers == null) {
            return cell;
        }
        try {
            return numbers.plain(cell);
        } catch (CalcException e) {
            throw line.error(columns.value(), e.getMessage());
        }
    }

    /** A block's value cell in the amount syntax's form (a cell not of the form throws, and the bulk path gives up). */
    String text(String cell) {
        return numbers == null ? cell : numbers.plain(cell);
    }

    /**
     * Reads {@code text} as a plain amount into the reader's {@link PlainAmount}, scaled as the
     * column is; false when it is not one. {@code line} null: on the bulk path, which gives up on an error.
     */
    boolean plain(String text, Row line) {
        if (!plain.read(text)) {
            return false;
        }
        if (exponent != 0) {
            if (SCALED.matcher(text).matches()) {
                throw line == null ? new GiveUp() : ownScale(line, text);
            }
            plain.shift(exponent);
        }
        return true;
    }

    /**
     * A value cell that is not a plain amount ({@code text}: in the amount syntax's form), read by
     * the amount parser, in the column's scale and currency; a refusal of a cell with a comma, in a
     * table read without a number form, names the option that would read it.
     */
    Amount amount(Row line, String text) {
        Amount a = line.amount(columns.value(), text, numbers == null ? NumberForm.hint(text) : "");
        if (currency != null) {
            if (a.currency().isPresent() && !a.currency().get().equals(currency)) {
                throw line.error(columns.value(), Row.quote(text) + " is in " + a.currency().get() + " but the table's values are in "
                        + currency + " (" + columns.unitNote() + ")");
            }
            a = a.withCurrency(currency);
        }
        if (exponent != 0) {
            if (SCALED.matcher(text).matches()) {
                throw ownScale(line, text);
            }
            a = a.withValue(a.value().scaleByPowerOfTen(exponent));
        }
        return a;
    }

    private figures.model.InputException ownScale(Row line, String text) {
        return line.error(columns.value(), Row.quote(text) + " states its own scale, but the column's values are in "
                + ValueUnit.describe(null, exponent == 3 ? "k" : exponent == 6 ? "m" : exponent == 9 ? "bn" : "tn")
                + " (" + columns.unitNote() + "): write the number alone");
    }
}
