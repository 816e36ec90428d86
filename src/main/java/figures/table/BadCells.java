package figures.table;

import figures.model.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad cells of one sequential read, collected so that one error reports them all: the first
 * in full ({@code file:line: column 'x': message}), the next ones by line, up to
 * {@link SeriesReader#MAX_ERRORS}, then how many more. A missing value adds how to skip such rows.
 */
final class BadCells {
    private final String file;
    private final List<InputException> found = new ArrayList<>();
    private long count;
    private boolean missing;

    BadCells(String file) {
        this.file = file;
    }

    void add(InputException e) {
        if (found.size() < SeriesReader.MAX_ERRORS) {
            found.add(e);
        }
        count++;
        missing |= e instanceof MissingValue;
    }

    /** Throws the error of the cells found, if any. */
    void check() {
        if (found.isEmpty()) {
            return;
        }
        InputException first = found.get(0);
        if (count == 1 && !missing) {
            throw first;
        }
        StringBuilder b = new StringBuilder(message(first));
        if (count > 1) {
            b.append(" (").append(count - 1).append(count == 2 ? " more bad cell: " : " more bad cells: ");
            for (int i = 1; i < found.size(); i++) {
                b.append(i == 1 ? "" : "; ").append(where(found.get(i))).append(message(found.get(i)));
            }
            if (count > found.size()) {
                b.append("; … and ").append(count - found.size()).append(" more");
            }
            b.append(')');
        }
        if (missing) {
            b.append("; --missing skip leaves out the rows with a missing value, with a note");
        }
        throw new InputException(first.file(), first.line(), b.toString());
    }

    /** The message without its {@code file:line: }. */
    private static String message(InputException e) {
        String m = e.getMessage();
        String prefix = e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": ";
        return e.file() != null && m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    private String where(InputException e) {
        String at = e.line() > 0 ? "line " + e.line() + ": " : "";
        return e.file() == null || e.file().equals(file) ? at : e.file() + ":" + e.line() + ": ";
    }

    /** A value cell that is missing (empty, or a marker such as n/a), read with --missing error. */
    static final class MissingValue extends InputException {
        MissingValue(String file, long line, String message) {
            super(file, line, message);
        }
    }
}
