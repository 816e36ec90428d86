package figures;

import static figures.PropertyChecks.forAll;
import static figures.PropertyChecks.oneOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.expr.Environment;
import figures.expr.Expressions;
import figures.model.CalcException;
import figures.model.FiguresException;
import figures.model.InputException;
import figures.table.ClaimsReader;
import figures.table.DataSet;
import figures.table.TableSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The expression language and the claims reader answer any text with a value or their own error. */
class ExpressionPropertiesTest {
    private static final List<String> PIECES = List.of(
            " + ", " - ", " * ", " / ", " of ", " in ", "(", ")", ", ", "-", "73%", "13.4bn USD", "9.8bn", "120m SUR@1966",
            " in USD@2024", "USD@2024", "growth(", "cagr(", "share(", "ratio(", "round(", "pmt(", "fv(", "irr(", "npv(", "rri(",
            "writeoff(", "convert(", "exports(RU, SY, 2002)", "writeoffs(SY, RU, 2005)", ".remaining", ".debt", "loans(SU, SY, 1966)",
            ".principal", "balance(RU, SY, 2000)", "debts(SY, RU, 2005)", "999999999", "1e30", "1e-30", "0", "2", "10", "rate=",
            "'0.90 SUR per USD'", "method='deflate-then-convert'", "{", "}", "٣٫٥", "\u2212", "×", "÷", "1989-1990");

    static String anyExpression(Random r) {
        if (r.nextInt(5) == 0) {
            return PropertyChecks.anyText(r, 30);
        }
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(10);
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(3) == 0 ? ParserPropertiesTest.amountish(r) : oneOf(r, PIECES));
        }
        return b.toString();
    }

    @Test
    void anyTextEvaluatesOrFailsWithTheProjectsOwnError() {
        Environment env = Environment.of(DataSet.bundled(Path.of("").toAbsolutePath(), new ByteArrayInputStream(new byte[0])));
        AtomicInteger evaluated = new AtomicInteger();
        forAll("eval", ExpressionPropertiesTest::anyExpression, text -> {
            try {
                Expressions.evaluate(text, env);
                evaluated.incrementAndGet();
            } catch (FiguresException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a message for " + text);
            }
        });
        assertTrue(evaluated.get() > PropertyChecks.TRIES / 100, "the generator should make some valid expressions: " + evaluated);
    }

    @Test
    void anyClaimsFileIsReadOrFailsWithFileAndLine() {
        forAll("claims reader", r -> {
            StringBuilder b = new StringBuilder(oneOf(r, List.of("id,claim,expected,tolerance,source\n", "id,claim,expected\n",
                    "id,claim\n", "ID,Claim,Expected,Tolerance\n")));
            int rows = r.nextInt(5);
            for (int i = 0; i < rows; i++) {
                b.append(oneOf(r, List.of("F" + i, "F1", "", "x y"))).append(',')
                        .append('"').append(anyExpression(r).replace("\"", "\"\"")).append("\",")
                        .append(ParserPropertiesTest.amountish(r).replace(",", "").replace("\"", "")).append(',')
                        .append(oneOf(r, List.of("", "±0.5%", "+-0.01bn USD", "±0.1pp", "±", "±1e999999999", "0.5", "±-1%")))
                        .append(",src\n");
            }
            return b.toString();
        }, csv -> {
            try {
                ClaimsReader.read(TableSource.of("c.csv", () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith("c.csv:") && e.getMessage().lines().count() == 1, e.getMessage());
            } catch (CalcException e) {
                throw new AssertionError("a claims file's error must name the file and line: " + e.getMessage(), e);
            }
        });
    }
}
