package figures.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NegativeArgumentsTest {
    private static final CommandLine CLI = Cli.commandLine(null, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);

    private static String[] rearranged(String... args) {
        return NegativeArguments.rearranged(CLI, args);
    }

    @Test
    void aNegativeAmountGoesAfterDashesWithTheOtherArgumentsInTheirOrder() {
        assertArrayEquals(new String[] {"convert", "--to", "USD@2024", "--", "-5m USD@2000"},
                rearranged("convert", "-5m USD@2000", "--to", "USD@2024"));
        assertArrayEquals(new String[] {"compare", "--to=USD@2024", "--", "-3m USD@2000", "5m USD@2000"},
                rearranged("compare", "-3m USD@2000", "--to=USD@2024", "5m USD@2000"));
        assertArrayEquals(new String[] {"-f", "csv", "eval", "-q", "--", "-(2 + 3)", "-$5m", "1"},
                rearranged("-f", "csv", "eval", "-(2 + 3)", "-q", "-$5m", "1"));
    }

    @Test
    void anOptionsValueStaysWithItEvenWhenItIsNegative() {
        assertArrayEquals(new String[] {"convert", "--rate", "-0.9", "-o", "out.csv", "--", "-5m SUR@1966"},
                rearranged("convert", "--rate", "-0.9", "-5m SUR@1966", "-o", "out.csv"));
    }

    @Test
    void otherwiseTheArgumentsAreLeftAsTheyAre() {
        String[][] untouched = {
            {"convert", "5m USD@2000", "--to", "USD@2024"},          // nothing negative
            {"convert", "--to", "USD@2024", "--", "-5m USD@2000"},   // already after --
            {"convert", "--tp", "USD@2024", "-5m USD@2000"},         // an unknown option: picocli says so
            {"growth", "--start", "-5m", "--end", "10m", "--years", "2"}, // not a command of amounts
            {"--help"},
        };
        for (String[] args : untouched) {
            assertSame(args, rearranged(args), String.join(" ", args));
        }
    }
}
