package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/** A run that names one command builds only that one: it must behave exactly as the full command line. */
class OneCommandTest {
    private final Context ctx = new Context(Path.of("."), new ByteArrayInputStream(new byte[0]), Map.of(), false);

    @Test
    void theCommandIsTheFirstWordThatIsNotAnOptionOrItsValue() {
        assertEquals("writeoff", OneCommand.selected("writeoff", "--debt", "1bn"));
        assertEquals("writeoff", OneCommand.selected("--format", "csv", "writeoff"));
        assertEquals("loan", OneCommand.selected("-f", "csv", "-q", "loan"));
        assertEquals("loan", OneCommand.selected("--format=csv", "-fcsv", "loan"));
        assertEquals("loan", OneCommand.selected("--data", "writeoff", "loan"), "a folder named like a command");
        assertEquals("compare", OneCommand.selected("compare", "--help"), "a command's own help needs only the command");
    }

    @Test
    void runsThatNeedEveryCommandGetTheFullCommandLine() {
        assertNull(OneCommand.selected());
        assertNull(OneCommand.selected("--help", "writeoff"));
        assertNull(OneCommand.selected("-V"));
        assertNull(OneCommand.selected("help", "writeoff"));
        assertNull(OneCommand.selected("completion", "bash"));
        assertNull(OneCommand.selected("frobnicate"));
        assertNull(OneCommand.selected("--", "writeoff"));
    }

    @TestFactory
    Stream<DynamicTest> eachCommandAloneHasTheSameModelAsInTheFullCommandLine() {
        CommandLine full = Cli.commandLine(ctx, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
        assertTrue(full.getSubcommands().size() >= 5);
        return full.getSubcommands().keySet().stream().filter(n -> !n.equals("help") && !n.equals("completion"))
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    CommandLine alone = Cli.commandLine(ctx, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                            false, false, name);
                    assertEquals(1, alone.getSubcommands().size());
                    CommandLine a = alone.getSubcommands().get(name), f = full.getSubcommands().get(name);
                    assertEquals(f.getUsageMessage(), a.getUsageMessage(), "--help of " + name);
                    assertEquals(f.getCommandSpec().qualifiedName(), a.getCommandSpec().qualifiedName());
                    assertEquals(f.getCommandSpec().options().size(), a.getCommandSpec().options().size());
                    assertEquals(full.getCommandSpec().options().size(), alone.getCommandSpec().options().size(), "global options");
                }));
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() {
        for (String[] args : new String[][] {{"--format", "csv", "writeoff", "--debt", "1bn", "--percent", "5"},
            {"writeoff", "--debt", "1bn", "--percent", "5", "-f", "csv"}}) {
            StringWriter out = new StringWriter(), err = new StringWriter();
            assertEquals(0, Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), args), err.toString());
            assertTrue(out.toString().startsWith("figure,stated,computed,currency,unit,verdict\n"), out.toString());
        }
    }
}
