package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import figures.CliRun;
import org.junit.jupiter.api.Test;

/** {@code figures extract ARTICLE | figures check -}, both ends in-process, the first one's stdout the second one's stdin. */
class ExtractCheckPipelineTest {
    private static CliRun run(String stdin, String... args) {
        return CliRun.run(stdin, args);
    }

    private static CliRun pipeline(String article) {
        return pipeline("", article);
    }

    private static CliRun pipeline(String stdin, String article) {
        CliRun extract = run(stdin, "extract", article);
        assertEquals(0, extract.exit(), extract.err());
        assertTrue(extract.out().startsWith("id,claim,expected,tolerance,confidence,line,column,text,source\n"), extract.out());
        return run(extract.out(), "check", "-");
    }

    @Test
    void theSeedArticlesRemainderIsTheOneInconsistentClaim() {
        CliRun check = pipeline("data/articles/000_082cf362c546dc2a.txt");
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
            CliRun check = pipeline("src/test/resources/articles/iraq-debt-and-syrian-trade." + lang + ".txt");
            assertEquals(0, check.exit(), lang + ": " + check.out() + check.err());
            assertTrue(check.err().contains(" 0 inconsistent"), check.err());
        }
    }

    @Test
    void aChangeAgainstItsVerbIsInconsistent() {
        CliRun check = pipeline("Exports fell from 10 million dollars in 2000 to 12 million dollars in 2001.\n", "-");
        assertEquals(1, check.exit(), check.out() + check.err());
        assertTrue(check.err().contains("change-1 is inconsistent: the claim gives 2 m USD, not -2 m USD"), check.err());
    }
}
