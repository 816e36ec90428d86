package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format html} of check and extract (render/HtmlReport): golden pages for the seed article,
 * an English article and the bundled claims file (src/test/resources/html/, rewritten with
 * {@code -Dgolden.update=true}), and what a page must hold whatever the goldens say: the marks,
 * verdicts, escaping, the article found from the rows or --article, atomic -o.
 */
class HtmlReportTest {
    static final String SEED = "data/articles/000_082cf362c546dc2a.txt";
    static final String ENGLISH = "src/test/resources/articles/iraq-debt-and-syrian-trade.en.txt";
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path dir;

    record Run(String out, String err, int exit) {
    }

    static Run run(Path cwd, String stdin, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Context ctx = new Context(cwd, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), false);
        int exit = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(out.toString(), err.toString(), exit);
    }

    /** {@code figures extract ARTICLE | figures check - ARGS...}, in the project folder. */
    static Run extractThenCheck(String article, String... checkArgs) {
        Path cwd = Path.of("").toAbsolutePath();
        Run extract = run(cwd, "", "extract", article);
        assertEquals(0, extract.exit(), extract.err());
        String[] args = new String[checkArgs.length + 2];
        args[0] = "check";
        args[1] = "-";
        System.arraycopy(checkArgs, 0, args, 2, checkArgs.length);
        return run(cwd, extract.out(), args);
    }

    /** The seed report the browser test renders: figures extract SEED | figures check - --format html. */
    static String seedPage() {
        Run check = extractThenCheck(SEED, "--format", "html");
        assertEquals(1, check.exit(), check.err());
        return check.out();
    }

    private static void golden(String name, String page) throws IOException {
        Path file = Path.of("src/test/resources/html", name);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, page, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), page, name + " differs (-Dgolden.update=true rewrites it; review the diff)");
    }

    /** The element that starts with {@code <tag ... id="ID"}, up to its end tag (no nesting of the same tag inside). */
    private static String element(String page, String tag, String id) {
        Matcher m = Pattern.compile("<" + tag + " [^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>.*?</" + tag + ">", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "no <" + tag + " id=" + id + ">");
        return m.group();
    }

    @Test
    void theSeedArticleMarksTheRemainderInconsistentInPlace() throws IOException {
        String page = seedPage();
        golden("seed-article.html", page);
        // the 2.11 bn remainder: marked where it stands (paragraph 3), inconsistent, with its label; 3.618 bn computed
        String mark = element(page, "mark", "f-" + Files.readString(Path.of(SEED)).indexOf("2.11"));
        assertTrue(mark.contains("class=\"fig stated v-inconsistent"), mark);
        assertTrue(mark.contains("2.11 مليار دولار") && mark.contains("✗ inconsistent"), mark);
        String para3 = element(page, "div", "p-3");
        assertTrue(para3.contains(mark), "the mark is in paragraph 3");
        String claim = element(page, "details", "claim-remaining-1");
        assertTrue(claim.startsWith("<details class=\"claim v-inconsistent\" id=\"claim-remaining-1\" open>"), claim);
        assertTrue(claim.contains("<dt>computed</dt><dd dir=\"auto\">3.618 bn USD@2005</dd>"), claim);
        assertTrue(claim.contains("<dt>the inputs allow</dt><dd dir=\"auto\">3.537–3.699 bn USD@2005</dd>"), claim);
        assertTrue(claim.contains("<li dir=\"auto\">13.4bn USD@2005 * (1 - 73%) = 3.618bn USD@2005</li>"), claim);
        assertTrue(para3.contains(claim), "the claim is below its paragraph");
        // the other three claims consistent and closed; the summary links to the one inconsistent figure
        for (String id : new String[] {"change-1", "change-2", "percent-of-1"}) {
            assertTrue(page.contains("<details class=\"claim v-consistent\" id=\"claim-" + id + "\">"), id);
        }
        assertEquals(1, count(page, "<details class=\"claim v-inconsistent\""));
        assertTrue(element(page, "section", "summary").contains("<a href=\"#" + mark.substring(mark.indexOf("id=\"") + 4, mark.indexOf("\" title"))
                + "\"><b>remaining-1</b>: stated 2.11 bn USD@2005, computed 3.618 bn USD@2005</a>"));
        assertTrue(page.contains("<dt>exit status</dt><dd class=\"v-inconsistent\">1 (a claim is inconsistent)</dd>"));
        assertTrue(page.contains("<p dir=\"auto\">"), "every paragraph takes its direction from its text");
        // unclaimed figures muted, one of them 1944
        assertTrue(page.contains("<span class=\"fig unclaimed\" id=\"f-" + Files.readString(Path.of(SEED)).indexOf("1944")
                + "\" title=\"found, in no claim\">1944</span>"));
        // self-contained: nothing fetched, no script
        assertFalse(page.contains("<script") || page.contains("<link") || page.contains("src=") || page.contains("http"), "self-contained");
    }

    @Test
    void anEnglishArticleIsAllConsistent() throws IOException {
        Run check = extractThenCheck(ENGLISH, "--format", "html");
        assertEquals(0, check.exit(), check.err());
        golden("english-article.html", check.out());
        assertEquals(0, count(check.out(), "v-inconsistent\" id="));
        assertTrue(check.out().contains("<dt>exit status</dt><dd class=\"v-consistent\">0 (all consistent)</dd>"));
    }

    @Test
    void extractAloneShowsTheClaimsNotChecked() throws IOException {
        Run extract = run(Path.of("").toAbsolutePath(), "", "extract", ENGLISH, "--format", "html");
        assertEquals(0, extract.exit(), extract.err());
        golden("english-extract.html", extract.out());
        assertTrue(extract.out().contains("<dt>checked</dt><dd>no: figures check - reads these claims</dd>"));
        assertFalse(extract.out().contains("class=\"claim v-consistent") || extract.out().contains("class=\"fig stated v-consistent"));
        assertTrue(extract.out().contains("<details class=\"claim v-pending\" id=\"claim-percent-of-1\">"));
    }

    @Test
    void aPlainClaimsFileIsATableWithTheSameVerdictStyles() throws IOException {
        Run check = run(Path.of("").toAbsolutePath(), "", "check", "--format", "html");
        assertEquals(1, check.exit(), check.err());
        golden("bundled-claims.html", check.out());
        String page = check.out();
        assertTrue(page.contains("<td class=\"verdict v-inconsistent\">✗ inconsistent</td>"));
        assertTrue(page.contains("<details class=\"claim v-inconsistent\" id=\"claim-F4\" open>"));
        assertTrue(element(page, "details", "claim-F4").contains("<dt>source</dt>"), "each claim's source text");
        assertFalse(page.contains("<article"), "no article");
    }

    @Test
    void markupInTheArticleAndTheClaimsIsShownAsText() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "<script>alert('x')</script> The deal wrote off 73% of Syria's $13.4bn debt, i.e. $9.8bn."
                + " <img src=x onerror=alert(one)>\u0001\n");
        Run extract = run(dir, "", "extract", "a.txt");
        assertEquals(0, extract.exit(), extract.err());
        Run check = run(dir, extract.out(), "check", "-", "--format", "html");
        assertEquals(0, check.exit(), check.err());
        String page = check.out();
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), page);
        assertTrue(page.contains("&lt;img src=x onerror=alert(one)&gt;\uFFFD"), "a control character is not written into the page");
        assertFalse(page.contains("<script") || page.contains("<img"), page);
        assertTrue(page.contains("class=\"fig stated v-consistent"), "the claim is still found and marked");

        Files.writeString(dir.resolve("c.csv"), "id,claim,expected,source\n\"<b>x</b>\",2 + 2,4,\"<script>alert(1)</script> & \u0007\"\n");
        page = run(dir, "", "check", "c.csv", "--format", "html").out();
        assertTrue(page.contains("&lt;b&gt;x&lt;/b&gt;") && page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\u0007"), page);
        assertFalse(page.contains("<script") || page.contains("<b>x"), page);
    }

    @Test
    void theFileOptionsWriteThePageThatStdoutGets() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        String claims = run(cwd, "", "extract", SEED).out();
        String page = run(cwd, claims, "check", "-", "--format", "html").out();
        Path o = dir.resolve("report.html");
        Run toFile = run(cwd, claims, "check", "-", "--format", "html", "-o", o.toString());
        assertEquals(1, toFile.exit(), toFile.err());
        assertEquals("", toFile.out());
        assertEquals(page, Files.readString(o));
        Path r = dir.resolve("beside.html");
        Run beside = run(cwd, claims, "check", "-", "--report", "html", r.toString(), "--report", "junit", dir.resolve("j.xml").toString());
        assertEquals(1, beside.exit(), beside.err());
        assertTrue(beside.out().contains("remaining-1"), "the table still goes to stdout");
        assertEquals(page, Files.readString(r));
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temp file left");
        }
    }

    @Test
    void claimsFromStdinNeedTheArticleNamed() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        String claims = run(cwd, Files.readString(Path.of(SEED)), "extract", "-", "-f", "csv").out();
        Run without = run(cwd, claims, "check", "-", "--format", "html");
        assertEquals(1, without.exit(), without.err());
        assertFalse(without.out().contains("<article"));
        assertTrue(without.err().contains("the claims were extracted from <stdin>, which is not a file here"), without.err());
        Run with = run(cwd, claims, "check", "-", "--format", "html", "--article", SEED);
        assertEquals(1, with.exit(), with.err());
        assertTrue(with.out().contains("<mark class=\"fig stated v-inconsistent"), "marked in the article named");
        Run notHtml = run(cwd, claims, "check", "-", "--article", SEED);
        assertEquals(2, notHtml.exit());
        assertTrue(notHtml.err().contains("--article is for the html page"), notHtml.err());
    }

    @Test
    void aRowTheArticleNoLongerMakesIsListedApart() {
        Path cwd = Path.of("").toAbsolutePath();
        String claims = run(cwd, "", "extract", SEED).out().replace("73% of 13.4bn USD@2005,", "74% of 13.4bn USD@2005,");
        Run check = run(cwd, claims, "check", "-", "--format", "html");
        assertTrue(check.err().contains("percent-of-1 is not a claim that " + SEED + " makes at its line and column"), check.err());
        String page = check.out();
        assertTrue(page.contains("<h2>Claims not found in the article</h2>"));
        assertTrue(page.indexOf("id=\"claim-percent-of-1\"") > page.indexOf("Claims not found in the article"));
        assertTrue(page.contains("<mark class=\"fig stated v-inconsistent"), "the other claims are still marked");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
