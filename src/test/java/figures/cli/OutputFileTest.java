package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o FILE replaces the file whole or not at all, and says why when it cannot. */
class OutputFileTest {
    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        Context ctx = new Context(dir, new ByteArrayInputStream(new byte[0]), Map.of(), false);
        return Cli.run(ctx, new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aSuccessfulRunReplacesTheOldFileWhole() throws Exception {
        Files.writeString(dir.resolve("out.csv"), "old contents\n");
        assertEquals(0, run(new StringWriter(), "writeoff", "--debt", "13.4bn USD", "--percent", "73", "--format", "csv", "-o", "out.csv"));
        assertEquals("figure,stated,computed,currency,verdict\ndebt,13400000000,,USD,input\npercent,73,,,input\n"
                + "written_off,,9782000000,USD,derived\nremaining,,3618000000,USD,derived\n", Files.readString(dir.resolve("out.csv")));
        assertEquals(List.of("out.csv"), files());
    }

    @Test
    void aBadArgumentLeavesTheOldFileUntouched() throws Exception {
        Files.writeString(dir.resolve("out.csv"), "old contents\n");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "writeoff", "--debt", "1e999999999", "--percent", "73", "-o", "out.csv"));
        assertEquals("old contents\n", Files.readString(dir.resolve("out.csv")));
        assertEquals(List.of("out.csv"), files());
    }

    @Test
    void aFolderInTheWayIsAnIoErrorAndNothingIsLeftBehind() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/keep.txt"), "kept\n");
        StringWriter err = new StringWriter();
        assertEquals(4, run(err, "writeoff", "-o", "out"));
        assertEquals("figures writeoff: -o out: is a folder; name a file\n", err.toString());
        assertEquals(List.of("out/keep.txt"), files());
    }

    @Test
    void aMissingFolderIsNamed() throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(4, run(err, "writeoff", "-o", "no/such/out.csv"));
        assertEquals("figures writeoff: -o no/such/out.csv: no such folder 'no/such'\n", err.toString());
        assertEquals(List.of(), files());
    }
}
