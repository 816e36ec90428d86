package figures.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every library the jar bundles has its licence in licenses/, listed in licenses/README.md. */
class LicensesTest {
    private static final Path LICENSES = Path.of("licenses");

    /** The pom's direct dependencies in the runtime jar: those without a test or provided scope. */
    private static List<String> bundled() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String deps = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<dependency>(.*?)</dependency>").matcher(deps);
        while (m.find()) {
            String d = m.group(1);
            if (d.contains("<scope>test</scope>") || d.contains("<scope>provided</scope>")) {
                continue;
            }
            out.add(tag(d, "groupId") + ":" + tag(d, "artifactId"));
        }
        return out;
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
        assertTrue(m.find(), name + " in " + xml);
        return m.group(1).strip();
    }

    @Test
    void everyBundledLibraryIsListedWithItsLicenceText() throws IOException {
        String list = Files.readString(LICENSES.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> libraries = bundled();
        assertFalse(libraries.isEmpty());
        for (String lib : libraries) {
            Matcher row = Pattern.compile("(?m)^\\|[^|\\n]*\\| " + Pattern.quote(lib) + " \\|[^\\n]*\\[([^\\]]+)\\]\\(([^)]+)\\) \\|$").matcher(list);
            assertTrue(row.find(), lib + " is not listed in licenses/README.md");
            Path text = LICENSES.resolve(row.group(2));
            assertTrue(Files.isRegularFile(text) && Files.size(text) > 500, lib + ": no licence text " + text);
        }
    }

    @Test
    void everyLinkedTextExists() throws IOException {
        String list = Files.readString(LICENSES.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("\\]\\(([A-Za-z0-9.-]+\\.txt)\\)").matcher(list);
        int n = 0;
        while (link.find()) {
            assertTrue(Files.isRegularFile(LICENSES.resolve(link.group(1))), link.group(1));
            n++;
        }
        assertTrue(n >= 5, "links: " + n);
    }
}
