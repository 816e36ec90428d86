package figures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The seed report in a real browser: headless Chromium (Debian's {@code chromium}; {@code .ci/run}
 * installs it) lays out {@code figures extract SEED | figures check - --format html}, in an iframe
 * of a page whose probe script (the report itself has none) writes what the browser computed into
 * the DOM, which {@code --dump-dom} returns: the inconsistent figure's mark (its paragraph,
 * class, label, size and colour), the Arabic paragraph's direction and where its first letter is
 * laid out, that nothing is wider than a 320 px window, and that the print stylesheet lays out the
 * cells of a closed claim. Screenshots go to
 * {@code target/html-report/} for a person to look at; {@code -Dreport.screenshot.docs=true} also
 * copies the wide one to {@code docs/report.png} (the README's picture).
 *
 * <p>When no browser can run here the test is skipped, saying why; with
 * {@code -Dbrowser.required=true}, or {@code FIGURES_BROWSER_REQUIRED=1} in the environment (as
 * {@code .ci/run} sets, so that it runs the README's test command as written), it fails instead.
 */
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target/html-report");
    private static final String FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
            + " --no-first-run --hide-scrollbars --force-device-scale-factor=1";

    /**
     * A page holding the report in an iframe of a given width (headless Chromium keeps its window
     * at least 500 px wide), and a script that, once the report is laid out, writes what the
     * browser computed into a {@code <pre id="probe">} of its own.
     */
    private static String probePage(String report, int width, int height) {
        String srcdoc = report.replace("&", "&amp;").replace("\"", "&quot;");
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>body{margin:0} iframe{border:0}</style></head><body>\n"
                + "<iframe id=\"report\" width=\"" + width + "\" height=\"" + height + "\" srcdoc=\"" + srcdoc + "\"></iframe>\n" + PROBE
                + "</body></html>\n";
    }

    private static final String PROBE = """
            <script>
            document.getElementById('report').addEventListener('load', function () {
              var w = document.getElementById('report').contentWindow, d = w.document;
              var out = [];
              function put(k, v) { out.push(k + '=' + v); }
              var mark = d.querySelector('mark.fig.stated.v-inconsistent');
              put('found', mark !== null);
              if (mark) {
                var r = mark.getBoundingClientRect(), cs = w.getComputedStyle(mark);
                put('class', mark.className);
                put('words', mark.querySelector('a').textContent);
                put('label', mark.querySelector('.tag').textContent);
                put('paragraph', mark.closest('.para').id);
                put('visible', r.width > 0 && r.height > 0 && cs.visibility === 'visible' && cs.display !== 'none'
                    && r.left >= 0 && r.right <= d.documentElement.clientWidth + 1);
                put('background', cs.backgroundColor);
                put('labelBackground', w.getComputedStyle(mark.querySelector('.tag')).backgroundColor);
                var p = mark.closest('p');
                put('dirAttribute', p.getAttribute('dir'));
                put('direction', w.getComputedStyle(p).direction);
                var range = d.createRange();
                range.setStart(p.firstChild, 0);
                range.setEnd(p.firstChild, 1);
                var c = range.getBoundingClientRect(), pr = p.getBoundingClientRect();
                put('firstLetterFromRight', Math.round(pr.right - c.right));
                put('firstLetterFromLeft', Math.round(c.left - pr.left));
              }
              put('pageWidth', d.documentElement.scrollWidth);
              put('windowWidth', w.innerWidth);
              put('scripts', d.querySelectorAll('script').length);
              // a closed claim's cells: not laid out on screen; laid out once the page's print rules apply
              // (its @media print rules, added as rules for every medium: the browser cannot print here)
              var closed = d.querySelector('details.claim:not([open])');
              function shown(e) { return e.querySelector('dl').checkVisibility() + ',' + Math.round(e.getBoundingClientRect().height); }
              put('closedOnScreen', closed ? shown(closed) : 'none');
              var print = '';
              for (var i = 0; i < d.styleSheets[0].cssRules.length; i++) {
                var rule = d.styleSheets[0].cssRules[i];
                if (rule.media && rule.media.mediaText === 'print') {
                  for (var j = 0; j < rule.cssRules.length; j++) { print += rule.cssRules[j].cssText + '\\n'; }
                }
              }
              var style = d.createElement('style');
              style.textContent = print;
              d.head.appendChild(style);
              put('closedInPrint', closed ? shown(closed) : 'none');
              var pre = document.createElement('pre');
              pre.id = 'probe';
              pre.textContent = '\\n' + out.join('\\n') + '\\n';
              document.body.appendChild(pre);
            });
            </script>
            """;

    @Test
    void theSeedReportShowsTheInconsistentFigureInPlaceRightToLeft() throws Exception {
        String browser = browser();
        Files.createDirectories(OUT);
        Path page = OUT.resolve("seed-report.html");
        String html = HtmlReportTest.seedPage();
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Map<String, String> wide = probe(browser, html, 1000, 1400);
        assertEquals("true", wide.get("found"), "no inconsistent mark in the page: " + wide);
        assertTrue(wide.get("class").contains("fig stated v-inconsistent"), wide.toString());
        assertEquals("2.11 مليار دولار", wide.get("words"));
        assertEquals("✗ inconsistent", wide.get("label"));
        assertEquals("p-3", wide.get("paragraph"), "the mark stands in the seed's third paragraph (its line 3)");
        assertEquals("true", wide.get("visible"), wide.toString());
        assertEquals("rgb(253, 224, 222)", wide.get("background"), "the inconsistent fill (report.css --bad-bg)");
        assertEquals("rgb(161, 19, 15)", wide.get("labelBackground"), "the inconsistent label (report.css --bad)");
        assertEquals("auto", wide.get("dirAttribute"));
        assertEquals("rtl", wide.get("direction"), "the Arabic paragraph is laid out right to left");
        int fromRight = Integer.parseInt(wide.get("firstLetterFromRight")), fromLeft = Integer.parseInt(wide.get("firstLetterFromLeft"));
        assertTrue(fromRight < 20 && fromLeft > 400, "its first letter stands at the right edge: " + wide);
        assertEquals("0", wide.get("scripts"), "the report runs no script");
        // a closed claim: its cells hidden on screen, shown (and the block taller) under the print rules
        String[] screen = wide.get("closedOnScreen").split(","), print = wide.get("closedInPrint").split(",");
        assertEquals("false", screen[0], "a consistent claim is closed on screen: " + wide);
        assertEquals("true", print[0], "the print stylesheet shows every claim's cells: " + wide);
        assertTrue(Integer.parseInt(print[1]) > Integer.parseInt(screen[1]) + 40, wide.toString());

        Map<String, String> narrow = probe(browser, html, 320, 800);
        assertEquals("320", narrow.get("windowWidth"), narrow.toString());
        assertTrue(Integer.parseInt(narrow.get("pageWidth")) <= 320, "nothing is wider than 320 px: " + narrow);
        assertEquals("rtl", narrow.get("direction"));

        Path shot = screenshot(browser, page, OUT.resolve("seed-report.png"), 1000, 1400);
        screenshot(browser, page, OUT.resolve("seed-report-320.png"), 320, 1400);
        if (Boolean.getBoolean("report.screenshot.docs")) {
            Files.createDirectories(Path.of("docs"));
            Files.copy(shot, Path.of("docs/report.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The browser's path, or the test is skipped (failed with -Dbrowser.required=true) saying why. */
    private static String browser() throws Exception {
        String given = System.getenv("CHROMIUM");
        List<String> names = given == null || given.isBlank() ? List.of("chromium", "chromium-browser", "google-chrome") : List.of(given);
        for (String name : names) {
            Path found = onPath(name);
            if (found != null) {
                // can it start here at all? (a container without its libraries, a locked-down sandbox)
                Run v = exec(List.of(found.toString(), "--headless", "--no-sandbox", "--version"), 60);
                if (v.exit == 0) {
                    return found.toString();
                }
                return skip(name + " is installed but does not run here (exit " + v.exit + "): " + v.err.strip());
            }
        }
        return skip("no headless Chromium (" + String.join(", ", names) + " on PATH, or CHROMIUM=/path): apt-get install chromium;"
                + " the browser test of the html report did not run");
    }

    private static String skip(String why) {
        if (Boolean.getBoolean("browser.required") || "1".equals(System.getenv("FIGURES_BROWSER_REQUIRED"))) {
            fail(why + " (the browser test is required here: -Dbrowser.required=true or FIGURES_BROWSER_REQUIRED=1)");
        }
        Assumptions.abort(why);
        return null;
    }

    private static Path onPath(String name) {
        if (name.contains(File.separator)) {
            return Files.isExecutable(Path.of(name)) ? Path.of(name) : null;
        }
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (!d.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** What the probe script found in the report laid out {@code width} px wide. */
    private static Map<String, String> probe(String browser, String report, int width, int height) throws Exception {
        Path page = OUT.resolve("seed-report-probe-" + width + ".html");
        Files.writeString(page, probePage(report, width, height), StandardCharsets.UTF_8);
        Run r = chromium(browser, page, List.of("--window-size=" + (width + 100) + "," + (height + 100), "--dump-dom"));
        assertEquals(0, r.exit, "chromium --dump-dom failed: " + r.err);
        Matcher m = Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL).matcher(r.out);
        assertTrue(m.find(), "the probe script wrote nothing (did the page load?): " + r.err);
        Map<String, String> values = new HashMap<>();
        for (String line : m.group(1).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
            }
        }
        return values;
    }

    private static Path screenshot(String browser, Path page, Path png, int width, int height) throws Exception {
        Files.deleteIfExists(png);
        Run r = chromium(browser, page, List.of("--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath()));
        assertEquals(0, r.exit, "chromium --screenshot failed: " + r.err);
        byte[] head = Files.readAllBytes(png);
        assertTrue(head.length > 10_000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', png + " is no picture");
        return png;
    }

    private static Run chromium(String browser, Path page, List<String> extra) throws Exception {
        Path profile = Files.createTempDirectory("figures-chromium-");
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add(browser);
            cmd.addAll(List.of(FLAGS.split(" ")));
            cmd.add("--user-data-dir=" + profile);
            cmd.addAll(extra);
            cmd.add(page.toAbsolutePath().toUri().toString());
            return exec(cmd, 120);
        } finally {
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run exec(List<String> cmd, int seconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("figures-chromium-", ".out"), err = Files.createTempFile("figures-chromium-", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return new Run(-1, "", "no answer in " + seconds + " s");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
