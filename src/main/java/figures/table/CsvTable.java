package figures.table;

import figures.model.InputException;
import figures.model.IoFailure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
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

    private final TableSource source;
    private final List<String> required;

    private CsvTable(TableSource source, List<String> required) {
        this.source = source;
        this.required = required;
    }

    /** A table that must have the given columns (lower-case names). */
    public static CsvTable of(TableSource source, String... required) {
        return new CsvTable(source, List.of(required));
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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 0;
        Progress progress = source.progress();
        try (Reader reader = new BufferedReader(new InputStreamReader(progress.watch(source.open()), decoder), 1 << 16);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new InputException(source.name(), 0, "empty table: expected a header row with columns " + String.join(", ", required));
            }
            CSVRecord first = it.next();
            line = parser.getCurrentLineNumber();
            Header header = header(first, line);
            onHeader.accept(header);
            long rows = 0;
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                long end = parser.getCurrentLineNumber();
                line = startLine(rec, end);
                if (rec.size() != header.size()) {
                    throw new InputException(source.name(), line, "row has " + rec.size() + " cells but the header has "
                            + header.size() + " columns (" + String.join(", ", header.names()) + ")");
                }
                rows++;
                progress.row();
                consumer.accept(new Row(source.name(), line, header, rec));
                line = end;
            }
            if (rows == 0) {
                throw new InputException(source.name(), line, "no rows after the header");
            }
        } catch (UncheckedIOException e) {
            throw translate(e.getCause(), line);
        } catch (IOException e) {
            throw translate(e, line);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Commons CSV reports an unclosed quote and similar structure errors this way
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
            String raw = first.get(i);
            if (i == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new InputException(source.name(), line, "column " + (i + 1) + " of the header has no name");
            }
            if (index.putIfAbsent(name, i) != null) {
                throw new InputException(source.name(), line, "duplicate column '" + name + "' in the header");
            }
            names.add(name);
        }
        for (String r : required) {
            if (!index.containsKey(r)) {
                throw new InputException(source.name(), line, "missing required column '" + r + "' (columns found: "
                        + String.join(", ", abbreviate(names)) + ")");
            }
        }
        return new Header(Collections.unmodifiableList(names), Map.copyOf(index));
    }

    private static List<String> abbreviate(List<String> names) {
        return names.size() <= 20 ? names : List.of(String.join(", ", names.subList(0, 20)), "… " + names.size() + " in all");
    }

    private RuntimeException translate(Throwable e, long line) {
        if (e instanceof CharacterCodingException) {
            return new InputException(source.name(), line + 1, "invalid UTF-8 (save the file as UTF-8)");
        }
        if (e instanceof IOException io && io.getMessage() != null && io.getMessage().contains("EOF reached before encapsulated token finished")) {
            return new InputException(source.name(), line + 1, "unclosed quote: a cell starts with \" but never ends");
        }
        if (e instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith("(line")) {
            return new InputException(source.name(), line + 1, "malformed CSV: " + firstLine(io.getMessage()));
        }
        return new IoFailure(source.name() + ": cannot read: " + e.getMessage(), e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable record";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The header of a table: lower-case column names and their positions. */
    public record Header(List<String> names, Map<String, Integer> index) {
        public int size() {
            return names.size();
        }

        public boolean has(String column) {
            return index.containsKey(column);
        }
    }
}
