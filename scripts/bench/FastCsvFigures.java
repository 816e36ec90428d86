package figures.table;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.CharArrayReader;
import java.io.IOException;

/**
 * Benchmark only (scripts/bench/growth): figures with FastCSV instead of Commons CSV parsing the
 * blocks of a large table, everything else unchanged, to measure what the parser costs. Not a
 * product path: a cell that needs the full amount parser, or any error, makes the read give up
 * and fall back to the sequential Commons CSV reader.
 */
public final class FastCsvFigures {
    private FastCsvFigures() {
    }

    public static void main(String[] args) {
        SeriesReader.blockParser = FastCsvFigures::parse;
        figures.Main.main(args);
    }

    static long parse(char[] text, int length, SeriesReader.BlockLine block, SeriesReader.State state) throws IOException {
        long lines = 0;
        for (int i = 0; i < length; i++) {
            if (text[i] == '\n') {
                lines++;
            }
        }
        FastLine line = new FastLine(block.block());
        try (CsvReader<CsvRecord> reader = CsvReader.builder().commentStrategy(CommentStrategy.SKIP).commentCharacter('#')
                .skipEmptyLines(true).ofCsvRecord(new CharArrayReader(text, 0, length))) {
            for (CsvRecord rec : reader) {
                line.record = rec;
                state.accept(line);
            }
        }
        return lines;
    }

    /** A FastCSV record as the sums see it. */
    static final class FastLine extends SeriesReader.Line {
        private final int block;
        CsvRecord record;

        FastLine(int block) {
            this.block = block;
        }

        @Override
        String cell(int index) {
            String v = record.getField(index);
            int n = v.length();
            return n > 0 && (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(n - 1))) ? v.strip() : v;
        }

        @Override
        Row row() {
            throw new SeriesReader.GiveUp();
        }

        @Override
        long pos() {
            return ((long) block << 32) | record.getStartingLineNumber();
        }
    }
}
