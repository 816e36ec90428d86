package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class EvalAndCheckTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String stdin, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Context ctx = new Context(dir, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), false);
        int exit = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void tenThousandLinesOnStdinAreAllAnsweredInOrderInOneProcess() {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            in.append(i).append("% of ").append(i).append("m USD + ").append(i).append(" USD\n");
        }
        Run r = run(in.toString(), "eval", "-", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(10_001, lines.size());
        assertEquals("expression,value,low,high,currency,unit", lines.get(0));
        for (int i = 0; i < 10_000; i++) {
            String[] cells = lines.get(i + 1).split(",");
            assertEquals(i + "% of " + i + "m USD + " + i + " USD", cells[0]);
            // i% of i million, plus i: exactly 10 000 i² + i
            BigDecimal want = BigDecimal.valueOf(10_000L * i * i + i);
            assertEquals(0, want.compareTo(new BigDecimal(cells[1])), lines.get(i + 1));
            assertEquals("USD", cells[4]);
        }
    }

    @Test
    void aFailingStdinLineKeepsItsPlaceAndTheRunGoesOn() {
        Run r = run("1 + 1\n1 + \n2 + 2\n", "eval", "-", "--format", "csv");
        assertEquals(2, r.exit());
        assertEquals(List.of("expression,value,low,high,currency,unit", "1 + 1,2,2,2,,", "1 +,,,,,", "2 + 2,4,4,4,,"), r.out().lines().toList());
        assertEquals("figures eval: <stdin>:2: column 5: the expression ends too early (expected a value after '+')\n", r.err());
    }

    @Test
    void theWorstFailureSetsTheExitCode() {
        // a missing exchange rate is missing reference data (3), a syntax error a usage error (2)
        Run r = run("1 +\n25m SUR@1972 in USD\n", "eval", "-");
        assertEquals(3, r.exit(), r.err());
        assertEquals(2, r.err().lines().count());
        assertEquals(3, run("", "eval", "1 + 1", "25m SUR@1972 in USD").exit());
    }

    @Test
    void junitReportIsWellFormedWithOneFailurePerInconsistentClaim() throws Exception {
        Run r = run("", "check", "--report", "junit", "claims.xml");
        assertEquals(1, r.exit(), r.err());
        Path xml = dir.resolve("claims.xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(xml.toFile());
        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("1", suites.getAttribute("failures"));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertTrue(cases.getLength() >= 20, "one testcase per claim: " + cases.getLength());
        assertEquals(suites.getAttribute("tests"), String.valueOf(cases.getLength()));
        NodeList failures = doc.getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        Element failed = (Element) failures.item(0).getParentNode();
        assertTrue(failed.getAttribute("name").startsWith("F4: "), failed.getAttribute("name"));
        assertEquals("data/claims.csv", failed.getAttribute("file"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }

    @Test
    void reportOptionsAreCheckedAndCombine() throws Exception {
        Files.writeString(dir.resolve("c.csv"), "id,claim,expected\nok,1 + 1,2\n");
        Run both = run("", "check", "--report", "junit", "r.xml", "--report", "github", "c.csv");
        assertEquals(0, both.exit(), both.err());
        assertTrue(both.out().endsWith("::notice title=figures check::1 claims checked, 0 inconsistent\n"), both.out());
        assertTrue(Files.readString(dir.resolve("r.xml")).contains("<testcase classname=\"c.csv\" name=\"ok: 1 + 1\" file=\"c.csv\" line=\"2\"/>"));
        Run bad = run("", "check", "--report", "pdf");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'pdf' is not a report (expected junit FILE, html FILE or github)"), bad.err());
        Run noHtmlFile = run("", "check", "--report", "html");
        assertEquals(2, noHtmlFile.exit());
        assertTrue(noHtmlFile.err().contains("--report html needs a FILE"), noHtmlFile.err());
        Run noFile = run("", "check", "--report", "junit");
        assertEquals(2, noFile.exit());
        assertTrue(noFile.err().contains("--report junit needs a FILE"), noFile.err());
    }

    @Test
    void helpIsFormattedAndFitsEightyColumns() {
        for (String cmd : new String[] {"eval", "check"}) {
            Run r = run("", cmd, "--help");
            assertEquals(0, r.exit());
            assertTrue(r.out().contains("73% of 13.4bn USD"), "'%' in the help must be escaped as '%%': " + r.out());
            r.out().lines().forEach(l -> assertTrue(l.length() <= 80, cmd + " --help line over 80 columns: " + l));
        }
    }

    @Test
    void annotationsAndXmlAreEscaped() {
        assertEquals("a%25b%0Ac", CheckCommand.data("a%b\nc"));
        assertEquals("x%3A y%2C z", CheckCommand.property("x: y, z"));
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp; &apos;", CheckCommand.xml("<a href=\"x\"> & '\u0001"));
    }
}
