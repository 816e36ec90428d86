package figures.extract.corpus;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The extraction corpus: one folder per split ({@code dev}, {@code dev2}, {@code dev3}, {@code dev4}, {@code holdout}, {@code fresh}, {@code fresh2}, {@code fresh3}) under
 * {@code src/test/resources/extract-corpus/}, each with one paragraph per {@code .txt} file (its name
 * starts with its language, {@code en-} or {@code ar-}), {@code figures.csv} (the money and percent
 * figures each paragraph states) and {@code relations.csv} (the relations between them, some stated
 * wrongly on purpose). See the corpus README for the label syntax.
 */
final class Corpus {
    private Corpus() {
    }

    /** One paragraph: its split, name (the file name without {@code .txt}), language and file. */
    record Paragraph(String split, String name, String lang, Path file) {
    }

    /** A labelled figure: its text as written, its value and the year it is dated with ("" if none). */
    record FigureLabel(String paragraph, String text, Lit value, String year, String note) {
    }

    /**
     * A labelled relation. {@code inputs} holds the alternative readings of its inputs (usually one;
     * {@code a;b | a;c} gives two), {@code stated} the alternative forms of the stated figure (empty
     * when the text states only a direction, {@code 2|100%} for "doubled").
     */
    record RelationLabel(String paragraph, String kind, List<List<Lit>> inputs, List<Lit> stated, boolean wrong,
            String tolerance, String note, String inputsText, String statedText) {
    }

    /** A split: its paragraphs and labels. */
    record Split(String name, List<Paragraph> paragraphs, List<FigureLabel> figures, List<RelationLabel> relations) {
    }

    static final List<String> KINDS = List.of("percent-of", "remaining", "change", "total", "ratio", "cagr");

    static Split load(Path root, String split) throws IOException {
        Path dir = root.resolve(split);
        List<Paragraph> paragraphs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(p -> {
                String name = p.getFileName().toString().replaceFirst("\\.txt$", "");
                paragraphs.add(new Paragraph(split, name, name.substring(0, 2), p));
            });
        }
        List<FigureLabel> figures = new ArrayList<>();
        for (CSVRecord r : read(dir.resolve("figures.csv"))) {
            figures.add(new FigureLabel(r.get("paragraph"), r.get("text"), Lit.parseLabel(r.get("value")), r.get("year").strip(),
                    r.get("note")));
        }
        List<RelationLabel> relations = new ArrayList<>();
        for (CSVRecord r : read(dir.resolve("relations.csv"))) {
            List<List<Lit>> inputs = new ArrayList<>();
            for (String alt : r.get("inputs").split("\\|")) {
                List<Lit> set = new ArrayList<>();
                for (String a : alt.split(";")) {
                    set.add(Lit.parseLabel(a));
                }
                inputs.add(set);
            }
            List<Lit> stated = new ArrayList<>();
            if (!r.get("stated").isBlank()) {
                for (String a : r.get("stated").split("\\|")) {
                    stated.add(Lit.parseLabel(a));
                }
            }
            String wrong = r.get("wrong").strip();
            if (!wrong.equals("yes") && !wrong.equals("no")) {
                throw new IllegalArgumentException(dir.resolve("relations.csv") + ":" + r.getRecordNumber() + ": wrong must be yes or no");
            }
            relations.add(new RelationLabel(r.get("paragraph"), r.get("kind").strip(), inputs, stated, wrong.equals("yes"),
                    r.get("tolerance").strip(), r.get("note"), r.get("inputs").strip(), r.get("stated").strip()));
        }
        return new Split(split, paragraphs, figures, relations);
    }

    static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    static List<CSVRecord> parseCsv(String text) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text)).getRecords();
    }

    /**
     * A number as the labels and the claims write it: a value (scale applied), an optional upper end
     * of a range, a unit (an ISO currency code, {@code %}, {@code pp}, or "" for a plain number) and
     * the price year after {@code @} ("" if none).
     */
    record Lit(BigDecimal value, BigDecimal to, String unit, String year) {
        /** Value and unit, the sign dropped and trailing zeros too: what relations are matched by. */
        String key() {
            return value.abs().stripTrailingZeros().toPlainString() + " " + unit;
        }

        boolean plain() {
            return unit.isEmpty();
        }

        boolean sameValue(Lit o) {
            return unit.equals(o.unit) && value.compareTo(o.value) == 0
                    && (to == null ? o.to == null : o.to != null && to.compareTo(o.to) == 0);
        }

        @Override
        public String toString() {
            String v = value.stripTrailingZeros().toPlainString() + (to == null ? "" : " to " + to.stripTrailingZeros().toPlainString());
            return v + (unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit) + (year.isEmpty() ? "" : "@" + year);
        }

        private static final Map<String, Integer> SCALES = new LinkedHashMap<>();

        static {
            SCALES.put("k", 3);
            SCALES.put("thousand", 3);
            SCALES.put("m", 6);
            SCALES.put("mn", 6);
            SCALES.put("million", 6);
            SCALES.put("b", 9);
            SCALES.put("bn", 9);
            SCALES.put("billion", 9);
            SCALES.put("tn", 12);
            SCALES.put("trillion", 12);
        }

        /** A literal: sign, number, scale, percent, currency code, price year. */
        static final Pattern LITERAL = Pattern.compile(
                "(?<![A-Za-z0-9_.])(-?)(\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*(k|mn|m|bn|b|tn|thousand|million|billion|trillion)?(?![A-Za-z])"
                        + "\\s*(%|pp(?![A-Za-z]))?(?:\\s*([A-Z]{3})(?![A-Za-z]))?(?:@(\\d{4}(?:-\\d{4})?))?");

        /** A label value: {@code 13.4bn USD@2005}, {@code 73%}, {@code 2.7}, {@code 120bn to 130bn USD@2004}. */
        static Lit parseLabel(String text) {
            String t = text.strip();
            String[] range = t.split("\\s+to\\s+");
            if (range.length == 2) {
                Lit lo = parseLabel(range[0]);
                Lit hi = parseLabel(range[1]);
                return new Lit(lo.value, hi.value, hi.unit, hi.year);
            }
            Matcher m = LITERAL.matcher(t);
            if (!m.matches()) {
                throw new IllegalArgumentException("not an amount in figures syntax: '" + text + "'");
            }
            return of(m);
        }

        private static Lit of(Matcher m) {
            BigDecimal v = new BigDecimal(m.group(2).replace("_", ""));
            if (m.group(3) != null) {
                v = v.scaleByPowerOfTen(SCALES.get(m.group(3).toLowerCase(Locale.ROOT)));
            }
            if (!m.group(1).isEmpty()) {
                v = v.negate();
            }
            String unit = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : "";
            return new Lit(v, null, unit, m.group(6) == null ? "" : m.group(6));
        }

        /** Every literal in a claim's expression or expected column. */
        static List<Lit> scan(String expression) {
            List<Lit> out = new ArrayList<>();
            Matcher m = LITERAL.matcher(expression);
            while (m.find()) {
                out.add(of(m));
            }
            return out;
        }
    }

    static List<String> splitNames() {
        return Arrays.asList("dev", "dev2", "dev3", "dev4", "holdout", "fresh", "fresh2", "fresh3");
    }
}
