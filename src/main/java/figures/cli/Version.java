package figures.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.IVersionProvider;

/**
 * The version from the jar manifest (Implementation-Version), the vintage of the bundled reference
 * data (the years each table covers and the dates its sources were taken) and the Java runtime, as
 * {@code git --version}-style tools print them.
 */
public final class Version implements IVersionProvider {
    /** The bundled reference tables {@code --version} describes, with what each holds. */
    private static final String[][] TABLES = {
        {"reference/cpi.csv", "US CPI-U"},
        {"reference/fx.csv", "exchange rates"},
        {"reference/wdi-fx.csv", "country exchange rates (WDI)"},
        {"reference/wdi-cpi.csv", "country CPI (WDI)"},
        {"reference/wdi-deflator.csv", "GDP deflators (WDI)"},
    };
    private static final Pattern VINTAGE = Pattern.compile("vintage of (\\d{4}-\\d{2}-\\d{2})");

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add(text());
        List<String> covered = new ArrayList<>();
        for (String[] t : TABLES) {
            int[] span = years("/data/" + t[0]);
            if (span != null) {
                covered.add(t[1] + " " + span[0] + "-" + span[1]);
            }
        }
        if (!covered.isEmpty()) {
            lines.add("reference data: " + String.join(", ", covered));
        }
        TreeSet<String> vintages = vintages("/data/reference/sources.csv");
        if (!vintages.isEmpty()) {
            lines.add("sources taken: World Bank WDI vintage of " + String.join(", ", vintages)
                    + "; every row's source: figures data");
        }
        lines.add("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + "), " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return lines.toArray(String[]::new);
    }

    /** {@code figures 0.3.0}, or {@code figures (development build)}. */
    static String text() {
        String v = Version.class.getPackage().getImplementationVersion();
        return "figures " + (v == null ? "(development build)" : v);
    }

    /** First and last year of a bundled table's {@code year} column, or null when it is not there. */
    static int[] years(String resource) {
        try (InputStream in = Version.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = r.readLine();
            if (header == null) {
                return null;
            }
            int col = List.of(header.split(",", -1)).indexOf("year");
            if (col < 0) {
                return null;
            }
            int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cells = line.split(",", col + 2);
                if (cells.length > col && cells[col].matches("\\d{4}")) {
                    int y = Integer.parseInt(cells[col]);
                    first = Math.min(first, y);
                    last = Math.max(last, y);
                }
            }
            return first > last ? null : new int[] {first, last};
        } catch (IOException e) {
            return null;
        }
    }

    /** The WDI vintages the sources table names. */
    static TreeSet<String> vintages(String resource) {
        TreeSet<String> found = new TreeSet<>();
        try (InputStream in = Version.class.getResourceAsStream(resource)) {
            if (in != null) {
                Matcher m = VINTAGE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        } catch (IOException e) {
            // no vintage line: --version still prints the rest
        }
        return found;
    }
}
