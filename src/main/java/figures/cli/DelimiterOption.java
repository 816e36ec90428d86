package figures.cli;

import figures.model.UsageException;
import figures.table.Reading;
import figures.table.TableSource;
import picocli.CommandLine.Option;

/**
 * {@code --delimiter} for a command that reads a table kind of its own (write-offs, loans,
 * compare's tables): what separates the cells, a comma unless given. (growth and balance take it
 * with their other table options, {@link TableOptions}, which also find it from the header line.)
 */
public final class DelimiterOption {
    @Option(names = "--delimiter", paramLabel = "SEP", description = "Table: what separates the cells: , ; tab (or \\t) or | (default: a comma).")
    String delimiter;

    /** The table with the delimiter given, or as it is. */
    TableSource apply(TableSource source) {
        return delimiter == null ? source : source.withDelimiter(of(delimiter));
    }

    /** A delimiter as given on the command line: , ; | tab or \t. */
    static char of(String given) {
        String d = given.equals("\\t") || given.equalsIgnoreCase("tab") ? "\t" : given;
        if (d.length() != 1 || Reading.DELIMITERS.indexOf(d.charAt(0)) < 0) {
            throw new UsageException("--delimiter: '" + given + "' is not one of , ; tab (\\t) |");
        }
        return d.charAt(0);
    }
}
