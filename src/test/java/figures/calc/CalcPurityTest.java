package figures.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * calc is pure: it computes on what it is given and reads no file. Reference data reaches it through
 * {@link References}, an interface calc owns, implemented in {@code figures.reference} and loaded by
 * {@code cli}; so no class of {@code figures.calc} names a class of {@code figures.reference} (which
 * reads the CSV tables, lazily) or {@code figures.table}, by import or by its full name.
 */
class CalcPurityTest {
    private static final Pattern NAMED = Pattern.compile("\\bfigures\\.(reference|table)\\.[A-Za-z]");

    @Test
    void noClassInCalcReachesTheReferenceTablesOrTheTableReaders() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java/figures/calc"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                files++;
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = NAMED.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(p.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(files > 10, "only " + files + " files in figures.calc");
        assertEquals(List.of(), found, "figures.calc must not name figures.reference or figures.table (pass reference data in as References)");
    }

    @Test
    void theCompiledClassesReferToNeitherPackage() throws IOException {
        // the same at the bytecode level: a constant pool names every class a class uses
        Path classes = Path.of("target/classes/figures/calc");
        assertTrue(Files.isDirectory(classes), classes + " not compiled");
        List<String> found = new ArrayList<>();
        try (Stream<Path> s = Files.list(classes)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                if (bytes.contains("figures/reference/") || bytes.contains("figures/table/")) {
                    found.add(p.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), found, "classes of figures.calc that refer to figures.reference or figures.table");
    }
}
