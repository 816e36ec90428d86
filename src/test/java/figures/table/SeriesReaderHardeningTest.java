package figures.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** What CsvTable refuses anywhere in a file, the parallel reader refuses too, with the same message. */
class SeriesReaderHardeningTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nul in a column nobody reads | contains a NUL byte",
        "a line over the limit        | line is longer than 1048576 characters",
        "text after a closing quote   | text after the closing quote of a cell",
    })
    void sequentialAndParallelReadingFailAlike(String what, String message) throws Exception {
        String bad = switch (what) {
            case "nul in a column nobody reads" -> "A,2000,1,x\0y\n";
            case "a line over the limit" -> "A,2000,1," + "x".repeat(StrictUtf8Reader.MAX_LINE) + "\n";
            default -> "A,2000,1,\"x\" y\n";
        };
        StringBuilder b = new StringBuilder("country,yr,usd,note\n");
        for (int i = 0; i < 2000; i++) {
            b.append(i == 1200 ? bad : "A,2000,1,n\n");
        }
        Path p = dir.resolve("t.csv");
        Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
        TableSource t = TableSource.file("t.csv", dir, System.in);
        SeriesReader.Spec spec = new SeriesReader.Spec(List.of("country"), "yr", "usd");
        InputException seq = assertThrows(InputException.class, () -> SeriesReader.sequential(t, spec));
        InputException par = assertThrows(InputException.class, () -> SeriesReader.read(t, spec, new SeriesReader.Options(2, 256, 0)));
        assertEquals(seq.getMessage(), par.getMessage());
        assertTrue(par.getMessage().startsWith("t.csv:1202: " + message), par.getMessage());
    }
}
