package figures.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.cli.Cli;
import figures.cli.Context;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@code --chart FILE.svg|FILE.png} writes a real SVG document and a real PNG image, with title, axis labels and source line. */
class ChartFilesTest {
    @TempDir
    Path dir;

    /**
     * A command with --chart, and words its chart must show (title, axis label with unit, source
     * line); its exit code is 0, or 1 where a figure it checks is inconsistent.
     */
    record Case(String name, List<String> args, List<String> mustShow, int exitCode) {
        Case(String name, List<String> args, List<String> mustShow) {
            this(name, args, mustShow, 0);
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("growth", List.of("growth"),
                        List.of("Growth: data/exports.csv by exporter, importer", "value a year (m USD)", "year", "RU→SY", "SY→RU",
                                "2000", "2002", "Source: SANA", "Not drawn, in another currency or price basis: SY→SU (GBP)")),
                new Case("growth-adhoc", List.of("growth", "--start", "95m USD", "--from", "2000", "--end", "138m USD", "--to", "2002"),
                        List.of("Growth from 95 m USD in 2000 to 138 m USD in 2002", "value (m USD)", "year",
                                "Source: figures as given (start 95m USD, end 138m USD)")),
                new Case("writeoff-adhoc", List.of("writeoff", "--debt", "13.4bn USD", "--percent", "73"),
                        List.of("Write-off of 13.4 bn USD: 73% written off", "debt (bn USD)", "written off", "remaining",
                                "Source: figures as given (debt 13.4 bn USD, percent 73%)")),
                new Case("writeoff-table", List.of("writeoff"),
                        List.of("Write-offs checked: data/writeoffs.csv", "debt (bn USD)", "SY → RU 2005 (stated)",
                                "SY → RU 2005 (computed)", "Source: SANA article"), 1), // the article's remainder is inconsistent
                new Case("loan", List.of("loan", "--principal", "120m SUR", "--rate", "2.5", "--maturity", "12", "--grace", "3",
                                "--repayment", "annuity", "--year", "1966"),
                        List.of("Loan: 120m SUR, 2.5%, 12 years, grace 3 years, annuity", "payment (m SUR)", "year", "interest",
                                "principal", "1967", "1978", "Source: loan terms as given")),
                new Case("compare", List.of("compare", "120m SUR@1966", "138m USD@2002", "--to", "USD@2024"),
                        List.of("Compare in USD@2024", "converted (bn USD@2024)", "120 m SUR@1966", "138 m USD@2002",
                                "Source: the figures as given")));
    }

    private int run(List<String> args) {
        Context ctx = new Context(dir, new ByteArrayInputStream(new byte[0]), Map.of(), false);
        return Cli.run(ctx, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
    }

    @TestFactory
    Stream<DynamicTest> svgAndPng() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.name() + " svg", () -> svg(c)));
            tests.add(DynamicTest.dynamicTest(c.name() + " png", () -> png(c)));
        }
        return tests.stream();
    }

    private void svg(Case c) throws Exception {
        List<String> args = new ArrayList<>(c.args());
        args.addAll(List.of("--chart", "g.svg"));
        int code = run(args);
        assertEquals(c.exitCode(), code, "exit code");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(dir.resolve("g.svg").toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("900.0", doc.getDocumentElement().getAttribute("width"));
        NodeList texts = doc.getElementsByTagName("text");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
        }
        for (String want : c.mustShow()) {
            assertTrue(shown.stream().anyMatch(t -> t.startsWith(want)), "no text '" + want + "' in " + shown);
        }
        int shapes = 0;
        for (String tag : List.of("rect", "path", "line")) {
            shapes += doc.getElementsByTagName(tag).getLength();
        }
        assertTrue(shapes > 20, "an SVG with hardly any shapes: " + shapes);
    }

    private void png(Case c) throws Exception {
        List<String> args = new ArrayList<>(c.args());
        args.addAll(List.of("--chart", "g.png"));
        int code = run(args);
        assertEquals(c.exitCode(), code, "exit code");
        byte[] bytes = Files.readAllBytes(dir.resolve("g.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(bytes, 8));
        DataInputStream header = new DataInputStream(new ByteArrayInputStream(bytes, 8, 16));
        assertEquals(13, header.readInt(), "IHDR length");
        assertEquals("IHDR", new String(header.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(ChartRenderer.WIDTH, header.readInt());
        assertEquals(ChartRenderer.HEIGHT, header.readInt());
        BufferedImage img = ImageIO.read(dir.resolve("g.png").toFile());
        assertEquals(ChartRenderer.WIDTH, img.getWidth());
        assertTrue(bytes.length > 5_000, "a chart with text and bars is more than a blank image: " + bytes.length + " bytes");
        assertTrue(colours(img) > 3, "a picture of more than background and text");
    }

    private static int colours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void aFileNameThatIsNeitherSvgNorPngIsAUsageErrorAndNothingIsWritten() throws Exception {
        StringWriter err = new StringWriter();
        Context ctx = new Context(dir, new ByteArrayInputStream(new byte[0]), Map.of(), false);
        int code = Cli.run(ctx, new PrintWriter(new StringWriter()), new PrintWriter(err), "writeoff", "--chart", "g.jpg");
        assertEquals(2, code);
        assertEquals("figures writeoff: --chart: 'g.jpg' must end in .svg or .png\n", err.toString());
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent(), "nothing written");
        }
    }

    @Test
    void theSameChartGivesTheSameSvg() throws Exception {
        run(List.of("writeoff", "--chart", "a.svg"));
        run(List.of("writeoff", "--chart", "b.svg"));
        assertEquals(Files.readString(dir.resolve("a.svg")), Files.readString(dir.resolve("b.svg")));
    }
}
