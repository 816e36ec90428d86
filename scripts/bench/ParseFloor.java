package figures.table;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.CharArrayReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Benchmark only (scripts/bench/growth): the floor a parser sets. Reads the table the way figures
 * does (blocks cut at line ends, parsed on all cores) with a block parser that only parses: each
 * record's value cell is touched and nothing is summed. Runs several times in one JVM, so the JIT
 * is warm, and prints the fastest run's wall time: no run of {@code figures growth} with that
 * parser can be faster than this.
 *
 * <p>usage: ParseFloor TABLE.csv commons|fastcsv|none RUNS
 */
public final class ParseFloor {
    private ParseFloor() {
    }

    public static void main(String[] args) throws IOException {
        String table = args[0];
        String parser = args[1];
        int runs = Integer.parseInt(args[2]);
        SeriesReader.blockParser = switch (parser) {
            case "commons" -> ParseFloor::commons;
            case "fastcsv" -> ParseFloor::fastcsv;
            case "none" -> ParseFloor::lines;
            default -> throw new IllegalArgumentException("parser: commons, fastcsv or none, got " + parser);
        };
        TableSource source = TableSource.file(table, Path.of("."), System.in);
        SeriesReader.Spec spec = new SeriesReader.Spec(List.of("reporter", "partner"), null, "value");
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            SeriesReader.Result r = SeriesReader.read(source, spec, SeriesReader.Options.defaults());
            best = Math.min(best, System.nanoTime() - t0);
            if (r.rows() < 1) {
                throw new IllegalStateException("no rows read");
            }
            if (r.threads() < 2) {
                // the parallel reader gave up and read the table sequentially, with sums: not a floor
                throw new IllegalStateException("the table was read sequentially, not in parallel blocks");
            }
        }
        System.out.printf("%.2f%n", best / 1e9);
    }

    /** Commons CSV with figures' block format: every record, its value cell touched. */
    static long commons(char[] text, int length, SeriesReader.BlockLine line, SeriesReader.State state) throws IOException {
        long cells = 0;
        try (CSVParser p = CSVParser.builder().setReader(new CharArrayReader(text, 0, length)).setFormat(SeriesReader.blockFormat()).get()) {
            for (CSVRecord rec : p) {
                cells += rec.get(4).length();
                state.rows++;
                state.read++;
            }
            return p.getCurrentLineNumber() + (cells == 0 ? 1 : 0);
        }
    }

    static long fastcsv(char[] text, int length, SeriesReader.BlockLine line, SeriesReader.State state) throws IOException {
        long cells = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().commentStrategy(CommentStrategy.SKIP).commentCharacter('#')
                .skipEmptyLines(true).ofCsvRecord(new CharArrayReader(text, 0, length))) {
            for (CsvRecord rec : reader) {
                cells += rec.getField(4).length();
                state.rows++;
                state.read++;
            }
        }
        return count(text, length) + (cells == 0 ? 1 : 0);
    }

    /** No parser at all: reading, cutting into blocks and decoding only. */
    static long lines(char[] text, int length, SeriesReader.BlockLine line, SeriesReader.State state) {
        long n = count(text, length);
        state.rows += n;
        state.read += n;
        return n;
    }

    private static long count(char[] text, int length) {
        long n = 0;
        for (int i = 0; i < length; i++) {
            if (text[i] == '\n') {
                n++;
            }
        }
        return n;
    }
}
