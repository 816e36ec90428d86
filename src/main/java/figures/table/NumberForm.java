package figures.table;

import figures.model.CalcException;
import java.util.regex.Pattern;

/**
 * How a table writes its numbers, as the user says it ({@code --decimal-comma}, {@code --thousands SEP}):
 * never guessed. A value cell in such a form is turned into the plain form the amount parser reads
 * ({@code 1.234,5} with {@code --decimal-comma --thousands .} is {@code 1234.5}); the same on the
 * strict and the bulk path, as a cell's text. Without a form, a cell with a comma is refused by the
 * amount parser, and {@link #hint} names the option that would read it.
 *
 * @param decimalComma whether the decimal mark is a comma (else a point)
 * @param thousands    the character that groups thousands ({@code , . ' } or a space), 0 for none
 */
public record NumberForm(boolean decimalComma, char thousands) {
    /** Numbers as the amount syntax writes them: a decimal point, no separator. */
    public static final NumberForm PLAIN = new NumberForm(false, (char) 0);

    /** The thousands separators one may name: comma, point, apostrophe, space (a no-break or thin space is a space too). */
    public static final String SEPARATORS = ",.' ";

    public NumberForm {
        if (thousands != 0 && SEPARATORS.indexOf(thousands) < 0) {
            throw new IllegalArgumentException("separator " + thousands);
        }
        if (thousands == (decimalComma ? ',' : '.')) {
            throw new IllegalArgumentException("the separator is the decimal mark");
        }
    }

    public boolean isPlain() {
        return !decimalComma && thousands == 0;
    }

    private char decimal() {
        return decimalComma ? ',' : '.';
    }

    private boolean isSeparator(String s, int i) {
        char c = s.charAt(i);
        if (thousands == ' ') {
            // a space groups only between digits ("1 234 m" keeps its scale word apart)
            return (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
        }
        return c == thousands;
    }

    /**
     * The cell in the amount parser's form: its leading number's separators removed and its
     * decimal mark a point; what follows the number (a scale word, a currency) as it is.
     *
     * @throws CalcException when the number does not fit the form (digits not in threes, a second
     *                       decimal mark, a point in a table with a decimal comma and no point separator)
     */
    public String plain(String cell) {
        if (isPlain()) {
            return cell;
        }
        int n = cell.length();
        int i = 0;
        StringBuilder b = new StringBuilder(n);
        if (i < n && (cell.charAt(i) == '-' || cell.charAt(i) == '+')) {
            b.append(cell.charAt(i++));
        }
        int start = i;
        int groupDigits = 0;
        int groups = 0;
        boolean fraction = false;
        int firstGroup = -1;
        for (; i < n; i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
                groupDigits++;
            } else if (c == decimal() && !fraction) {
                if (groups > 0 && groupDigits != 3) {
                    throw grouping(cell);
                }
                fraction = true;
                b.append('.');
                groupDigits = 0;
            } else if (thousands != 0 && !fraction && isSeparator(cell, i)) {
                if (groups == 0) {
                    firstGroup = groupDigits;
                    if (firstGroup < 1 || firstGroup > 3) {
                        throw grouping(cell);
                    }
                } else if (groupDigits != 3) {
                    throw grouping(cell);
                }
                groups++;
                groupDigits = 0;
            } else {
                break;
            }
        }
        if (groups > 0 && !fraction && groupDigits != 3) {
            throw grouping(cell);
        }
        if (i == start) {
            return cell; // no number to read: the amount parser says what is wrong
        }
        String rest = cell.substring(i);
        if (decimalComma && thousands != '.' && rest.startsWith(".")) {
            throw new CalcException(quote(cell) + " has a '.' but the table's decimal mark is the comma (--decimal-comma); if '.' groups"
                    + " thousands, give --thousands .");
        }
        if (rest.startsWith(String.valueOf(decimal())) || thousands != 0 && !rest.isEmpty() && rest.charAt(0) == thousands && fraction) {
            throw new CalcException(quote(cell) + " is not a number of this table's form (" + this + ")");
        }
        return b.append(rest).toString();
    }

    private CalcException grouping(String cell) {
        return new CalcException(quote(cell) + ": digits grouped by " + Reading.describe(thousands == ' ' ? ' ' : thousands)
                + " must come in threes after the first one to three (" + this + ")"
                + (thousands == ',' && !decimalComma ? "; if ',' is the decimal mark, give --decimal-comma instead" : ""));
    }

    private static String quote(String cell) {
        return Row.quote(cell);
    }

    @Override
    public String toString() {
        String t = thousands == 0 ? "" : "--thousands " + (thousands == ' ' ? "' '" : String.valueOf(thousands));
        return decimalComma ? "--decimal-comma" + (t.isEmpty() ? "" : " " + t) : t;
    }

    private static final Pattern GROUPED_BY_COMMA = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?\\D*");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})*,\\d+\\D*|[-+]?\\d+,\\d+\\D*");

    /**
     * What to add to the amount parser's refusal of a cell with a comma in a table read without a
     * number form: the option that would read it ("" when the cell has no comma).
     */
    static String hint(String cell) {
        if (cell.indexOf(',') < 0) {
            return "";
        }
        if (GROUPED_BY_COMMA.matcher(cell).matches()) {
            return "; if ',' groups thousands in this table, give --thousands ," + (DECIMAL_COMMA.matcher(cell).matches()
                    ? " (--decimal-comma if it is the decimal mark)" : "");
        }
        if (DECIMAL_COMMA.matcher(cell).matches()) {
            return "; if ',' is this table's decimal mark, give --decimal-comma" + (cell.indexOf('.') >= 0 ? " --thousands ." : "");
        }
        return "; --decimal-comma and --thousands SEP say how a table writes its numbers";
    }
}
