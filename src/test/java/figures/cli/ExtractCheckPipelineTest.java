package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code figures extract ARTICLE | figures check -}, both ends in-process, the first one's stdout the second one's stdin. */
class ExtractCheckPipelineTest {
    private record Run(String out, String err, int exit) {
    }

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Context ctx = new Context(Path.of("").toAbsolutePath(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), false);
        int exit = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(out.toString(), err.toString(), exit);
    }

    private static Run pipeline(String article) {
        return pipeline("", article);
    }

    private static Run pipeline(String stdin, String article) {
        Run extract = run(stdin, "extract", article);
        assertEquals(0, extract.exit(), extract.err());
        assertTrue(extract.out().startsWith("id,claim,expected,tolerance,confidence,line,column,text,source\n"), extract.out());
        return run(extract.out(), "check", "-");
    }

    @Test
    void theSeedArticlesRemainderIsTheOneInconsistentClaim() {
        Run check = pipeline("data/articles/000_082cf362c546dc2a.txt");
        assertEquals(1, check.exit(), check.out() + check.err());
        List<String> inconsistent = check.out().lines().filter(l -> l.contains(" inconsistent ")).toList();
        assertEquals(1, inconsistent.size(), check.out());
        assertTrue(inconsistent.get(0).startsWith("remaining-1 ") && inconsistent.get(0).contains("2.11 bn USD@2005"), inconsistent.get(0));
        assertTrue(check.err().contains("note: <stdin>:2: remaining-1 is inconsistent: the claim gives 3.618 bn USD@2005, not 2.11 bn USD@2005"),
                check.err());
        assertTrue(check.err().contains("note: 4 claims checked, 1 inconsistent"), check.err());
    }

    @Test
    void theTestArticlesClaimsAreAllConsistent() {
        for (String lang : List.of("en", "ar")) {
            Run check = pipeline("src/test/resources/articles/iraq-debt-and-syrian-trade." + lang + ".txt");
            assertEquals(0, check.exit(), lang + ": " + check.out() + check.err());
            assertTrue(check.err().contains(" 0 inconsistent"), check.err());
        }
    }

    @Test
    void aChangeAgainstItsVerbIsInconsistent() {
        Run check = pipeline("Exports fell from 10 million dollars in 2000 to 12 million dollars in 2001.\n", "-");
        assertEquals(1, check.exit(), check.out() + check.err());
        assertTrue(check.err().contains("change-1 is inconsistent: the claim gives 2 m USD, not -2 m USD"), check.err());
    }
}
