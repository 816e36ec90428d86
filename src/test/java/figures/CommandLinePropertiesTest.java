package figures;

import static figures.PropertyChecks.forAll;
import static figures.PropertyChecks.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.cli.Cli;
import figures.cli.Context;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Any argument list gets a result or one line on stderr with a documented exit code: never a stack trace. */
class CommandLinePropertiesTest {
    private static final List<String> ARGS = List.of(
            "writeoff", "data", "--debt", "--percent", "--written-off", "--remaining", "--format", "csv", "json", "tsv", "md", "-",
            "--explain", "--digits", "0", "99", "4", "-o", "--data", ".", "nope", "--quiet", "13.4bn", "73", "9.8bn", "2.11bn", "--help",
            "growth", "--start", "--end", "--years", "--from", "--to", "--by", "--yoy", "--method", "log", "trend", "2000", "2002",
            "balance", "RU", "SY", "loan", "--principal", "--rate", "--maturity", "--grace", "--repayment", "annuity", "--frequency",
            "--discount", "imf", "--function", "PMT(8%/12, 10, 10000)", "convert", "compare", "USD@2024", "120m SUR@1966", "--index",
            "2026=330", "--summary", "10", "12", "1e999999999");

    @Test
    void theCommandLineAnswersAnyArgumentsWithAResultOrOneLine() {
        Path here = Path.of("").toAbsolutePath();
        forAll("command line", Math.max(1, PropertyChecks.TRIES / 10), r -> {
            List<String> args = new ArrayList<>();
            int n = r.nextInt(7);
            for (int i = 0; i < n; i++) {
                args.add(r.nextInt(3) == 0 ? ParserPropertiesTest.amountish(r) : oneOf(r, ARGS));
            }
            args.remove("-o");
            return args;
        }, args -> {
            StringWriter out = new StringWriter(), err = new StringWriter();
            Context ctx = new Context(here, new ByteArrayInputStream("debtor,creditor,year,debt,percent\nSY,RU,2005,13.4bn,73\n"
                    .getBytes(StandardCharsets.UTF_8)), Map.of(), false);
            int code = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
            assertTrue(code >= 0 && code <= 4, "exit " + code + ": " + err);
            // notes and an expression's caret lines ("  ...") go with an error; no command at all gets the usage (exit 2)
            if (args.isEmpty()) {
                assertEquals(2, code, "no command is a usage error");
                assertTrue(err.toString().startsWith("Usage: figures "), "usage on stderr: " + err);
            } else if (err.toString().startsWith("Usage: figures ")) {
                assertEquals(2, code, "the usage (no command given) is exit 2: " + args);
            } else {
                assertTrue(code == 0 || code == 1
                        || err.toString().lines().filter(l -> !l.startsWith("note: ") && !l.startsWith("  ")).count() == 1, "one line: " + err);
            }
            assertTrue(err.toString().lines().noneMatch(l -> l.startsWith("Exception") || l.startsWith("Caused by") || l.startsWith("\tat ")), err.toString());
            assertEquals(-1, err.toString().indexOf("internal error"), err.toString());
        });
    }
}
