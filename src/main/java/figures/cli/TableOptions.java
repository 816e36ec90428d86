package figures.cli;

import figures.table.Reading;
import picocli.CommandLine.Option;

/**
 * How a command's table is read, as a mixin ({@code @Mixin TableOptions table;}): what a missing
 * value does. The reader's own choices are in {@link Reading}; this class only takes them from
 * the command line.
 */
public final class TableOptions {
    @Option(names = "--missing", paramLabel = "error|skip",
            description = "Table: a missing value (an empty cell, n/a, NA, .., -, …): error (default: every one listed) "
                    + "or skip (the row left out, counted in the notes).")
    String missing;

    /** The reading these options ask for. */
    public Reading reading() {
        Reading.Missing m = Reading.Missing.ERROR;
        if (missing != null) {
            m = switch (missing.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "error" -> Reading.Missing.ERROR;
                case "skip" -> Reading.Missing.SKIP;
                default -> throw new figures.model.UsageException("--missing: '" + missing + "' is not error or skip");
            };
        }
        return new Reading(m);
    }
}
