package figures.table;

import figures.model.CalcException;
import figures.model.InputException;
import figures.model.IoFailure;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV table record by record (never all at once): UTF-8 (strict), optional BOM, CRLF
 * or LF, {@code #} comment lines, a header row whose names are case-insensitive. Every problem is
 * an {@link InputException} of the form {@code file:line: message}.
 */
public final class CsvTable {
    /** One format for every table kind: header from the first record, comments, blank lines skipped. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    /** {@link #FORMAT} with each other delimiter a table may use ({@link Reading#DELIMITERS}, in that order). */
    private static final CSVFormat[] FORMATS = {FORMAT, FORMAT.builder().setDelimiter(';').get(),
        FORMAT.builder().setDelimiter('\t').get(), FORMAT.builder().setDelimiter('|').get()};

    /** The format of a table whose cells are separated by {@code d} (one of {@link Reading#DELIMITERS}). */
    static CSVFormat format(char d) {
        return FORMATS[Reading.DELIMITERS.indexOf(d)];
    }

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?:startline|line:?)\\s*(\\d[\\d,.\u00a0 ]*)");

    private final TableSource source;
    private final List<String> required;
    private boolean noRowsAllowed;
    private char delimiter;
    /** Columns named in the message on an empty table besides the required ones (found otherwise, by the reader). */
    private List<String> expected = List.of();

    private CsvTable(TableSource source, List<String> required) {
        this.source = source;
        this.required = required;
        this.delimiter = source.delimiter();
    }

    /** A table that must have the given columns (lower-case names). */
    public static CsvTable of(TableSource source, String... required) {
        return new CsvTable(source, List.of(required));
    }

    /** The same table, where a header with no rows after it is an empty table rather than an error. */
    public CsvTable allowingNoRows() {
        noRowsAllowed = true;
        return this;
    }

    /** The same table, whose empty-table message also names these columns (which its reader finds, not this class). */
    CsvTable expecting(String... columns) {
        expected = List.of(columns);
        return this;
    }

    /** The same table, its cells separated by {@code d} (one of {@link Reading#DELIMITERS}) instead of commas. */
    CsvTable delimiter(char d) {
        format(d);
        delimiter = d;
        return this;
    }

    public String name() {
        return source.name();
    }

    /** Reads the header, then hands each row to the consumer in file order. */
    public void forEach(Consumer<Row> consumer) {
        forEach(header -> { }, consumer);
    }

    /** As {@link #forEach(Consumer)}, first handing the header (lower-case column names) to {@code onHeader}. */
    public void forEach(Consumer<Header> onHeader, Consumer<Row> consumer) {
        long line = 0;
        Progress progress = source.progress();
        try (Reader reader = new StrictUtf8Reader(progress.watch(source.open()));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(delimiter)).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            CSVRecord first = next(it, line);
            if (first == null) {
                List<String> named = new java.util.ArrayList<>(required);
                expected.stream().filter(c -> !named.contains(c)).forEach(named::add);
                throw new InputException(source.name(), 0, named.isEmpty() ? "empty table: expected a header row"
                        : "empty table: expected a header row with columns " + String.join(", ", named));
            }
            line = parser.getCurrentLineNumber();
            Header header = header(first, line);
            onHeader.accept(header);
            long rows = 0;
            for (CSVRecord rec = next(it, line); rec != null; rec = next(it, line)) {
                long end = parser.getCurrentLineNumber();
                line = startLine(rec, end);
                if (rec.size() != header.size()) {
                    throw new InputException(source.name(), line, "row has " + rec.size() + " cells but the header has "
                            + header.size() + " columns (" + header.describe() + ")");
                }
                rows++;
                progress.row();
                try {
                    consumer.accept(new Row(source.name(), line, header, rec));
                } catch (CalcException e) {
                    // whatever a reader computes from a row and cannot do is about that row
                    throw new InputException(source.name(), line, e.getMessage());
                }
                line = end;
            }
            if (rows == 0 && !noRowsAllowed) {
                throw new InputException(source.name(), line, "no rows after the header");
            }
        } catch (UncheckedIOException e) {
            throw translate(e.getCause(), line);
        } catch (IOException e) {
            throw translate(e, line);
        }
    }

    /**
     * The next record, or null at the end. Commons CSV reports some structure errors as
     * IllegalStateException; only the parser's are caught here, so a reader's own bug is not
     * passed off as malformed input.
     */
    private CSVRecord next(Iterator<CSVRecord> it, long line) {
        try {
            return it.hasNext() ? it.next() : null;
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new InputException(source.name(), line + 1, "malformed CSV: " + firstLine(e.getMessage()));
        }
    }

    /** The line a record starts on: the parser's counter gives the line it ends on. */
    private static long startLine(CSVRecord rec, long endLine) {
        long breaks = 0;
        for (String v : rec) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == v.length() || v.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return endLine - breaks;
    }

    private Header header(CSVRecord first, long line) {
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new InputException(source.name(), line, "column " + (i + 1) + " of the header has no name");
            }
            Integer before = index.putIfAbsent(name, i);
            if (before != null) {
                throw new InputException(source.name(), line, "columns " + (before + 1) + " and " + (i + 1)
                        + " of the header are both named '" + abbreviate(name) + "' (column names are case-insensitive)");
            }
            names.add(name);
        }
        for (String r : required) {
            if (!index.containsKey(r)) {
                throw new InputException(source.name(), line, "missing required column '" + r + "' (columns found: "
                        + describe(names) + ")" + delimiterHint(names));
            }
        }
        return new Header(Collections.unmodifiableList(names), Map.copyOf(index), line);
    }

    /** When the header is one column whose name holds another delimiter ({@code debtor;creditor;...}): the option that reads it. */
    private String delimiterHint(List<String> names) {
        if (names.size() == 1) {
            for (char d : Reading.DELIMITERS.toCharArray()) {
                if (d != delimiter && names.get(0).indexOf(d) >= 0) {
                    return "; the cells seem separated by " + Reading.describe(d) + ": give --delimiter "
                            + (d == '\t' ? "tab" : d == ';' || d == '|' ? "'" + d + "'" : String.valueOf(d));
                }
            }
        }
        return "";
    }

    /** Column names for a message: at most 20, each at most 40 characters. */
    static String describe(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(names.size(), 20); i++) {
            b.append(i == 0 ? "" : ", ").append(abbreviate(names.get(i)));
        }
        return names.size() <= 20 ? b.toString() : b.append(", … ").append(names.size()).append(" in all").toString();
    }

    private static String abbreviate(String name) {
        return name.length() <= 40 ? name : name.substring(0, 30) + "…";
    }

    private RuntimeException translate(Throwable e, long line) {
        if (e instanceof StrictUtf8Reader.BadText bad) {
            return new InputException(source.name(), bad.line(), bad.getMessage());
        }
        if (e instanceof CharacterCodingException) {
            return new InputException(source.name(), line + 1, "invalid UTF-8 (save the file as UTF-8)");
        }
        if (e instanceof CSVException csv) {
            String m = csv.getMessage() == null ? "" : csv.getMessage();
            long at = lineIn(m, line + 1);
            if (m.contains("EOF reached before encapsulated token finished")) {
                return new InputException(source.name(), at, "unclosed quote: a cell starts with \" but never ends");
            }
            if (m.contains("Invalid character between encapsulated token and delimiter")) {
                return new InputException(source.name(), at, "text after the closing quote of a cell"
                        + " (a quoted cell ends at a comma or the end of the line; write \"\" for a quote inside it)");
            }
            return new InputException(source.name(), at, "malformed CSV: " + firstLine(m));
        }
        return new IoFailure(source.name() + ": cannot read: " + e.getMessage(), e);
    }

    /** The line number Commons CSV puts in its messages ({@code (startline 3)}, {@code at line: 3}), else the fallback. */
    private static long lineIn(String message, long fallback) {
        Matcher m = LINE_IN_MESSAGE.matcher(message);
        if (m.find()) {
            String digits = m.group(1).replaceAll("\\D", "");
            if (!digits.isEmpty() && digits.length() < 18) {
                return Long.parseLong(digits);
            }
        }
        return fallback;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable record";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The header of a table: lower-case column names and their positions, and the line it ends on. */
    public record Header(List<String> names, Map<String, Integer> index, long line) {
        public int size() {
            return names.size();
        }

        public boolean has(String column) {
            return index.containsKey(column);
        }

        /** The column names for a message, abbreviated when there are many. */
        public String describe() {
            return CsvTable.describe(names);
        }
    }
}
