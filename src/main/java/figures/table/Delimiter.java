package figures.table;

import figures.model.InputException;

/**
 * The delimiter of a table's cells when none is given ({@code --delimiter}): found from its header
 * line, the first line that is not blank or a {@code #} comment, by counting the candidates
 * ({@code , ; tab |}) outside quotes. A comma wins when it is at least as frequent as every other
 * (so a comma table reads as it always did); otherwise the most frequent one, which the read says
 * in a note; a tie between two others is an error asking for {@code --delimiter}.
 */
final class Delimiter {
    private Delimiter() {
    }

    /**
     * The delimiter of the table whose first bytes are {@code b[0, n)}; {@code complete}: whether
     * those are the whole table. -1 when the header line does not end within them and they are
     * not the whole table (the caller that reads blocks then gives up, and the sequential reader,
     * which looks at more, decides).
     */
    static int detect(String file, byte[] b, int n, boolean complete) {
        int i = n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        // skip blank and comment lines
        while (i < n) {
            if (b[i] == '\n' || b[i] == '\r') {
                i++;
            } else if (b[i] == '#') {
                while (i < n && b[i] != '\n' && b[i] != '\r') {
                    i++;
                }
            } else {
                break;
            }
        }
        int[] count = new int[Reading.DELIMITERS.length()];
        boolean quoted = false;
        boolean ended = false;
        for (; i < n; i++) {
            byte c = b[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                ended = true;
                break;
            } else if (!quoted) {
                int k = Reading.DELIMITERS.indexOf((char) c);
                if (k >= 0 && c != 0) {
                    count[k]++;
                }
            }
        }
        if (!ended && !complete) {
            return -1;
        }
        int best = 0; // the comma, unless another is more frequent
        for (int k = 1; k < count.length; k++) {
            if (count[k] > count[best]) {
                best = k;
            }
        }
        if (best != 0) {
            for (int k = 1; k < count.length; k++) {
                if (k != best && count[k] == count[best]) {
                    char x = Reading.DELIMITERS.charAt(best);
                    char y = Reading.DELIMITERS.charAt(k);
                    throw new InputException(file, 0, "the header line has " + count[best] + " " + Reading.describe(x) + " and "
                            + count[k] + " " + Reading.describe(y) + ": say which separates the cells with --delimiter");
                }
            }
        }
        return Reading.DELIMITERS.charAt(best);
    }

    /** The note on a delimiter found from the header line, or null for a comma (as tables always were). */
    static String note(char d) {
        return d == ',' ? null : "cells separated by " + Reading.describe(d) + " (found from the header line; --delimiter says otherwise)";
    }
}
