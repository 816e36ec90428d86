package figures.extract.corpus;

import figures.cli.Cli;
import figures.cli.Context;
import figures.extract.corpus.Corpus.FigureLabel;
import figures.extract.corpus.Corpus.Lit;
import figures.extract.corpus.Corpus.Paragraph;
import figures.extract.corpus.Corpus.RelationLabel;
import figures.extract.corpus.Corpus.Split;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores {@code figures extract} on the extraction corpus ({@link Corpus}): runs the real command
 * line in-process on each paragraph ({@code extract --figures -f csv} for the figures,
 * {@code extract -f csv} for the claims, then {@code check -} on those claims) and counts, per split
 * and language:
 * <ul>
 * <li><b>figure recall / precision</b>: labelled money and percent figures found with the same value
 * and unit (currency, or %), one to one; precision counts every money or percent figure extract
 * lists. <b>year right</b>: of the found figures the labels date, those given the labelled year.</li>
 * <li><b>relation recall</b>: a labelled relation is found when a claim of the same kind (its id
 * without the number) involves the same amounts: the multiset of the literals in its claim and
 * expected columns (sign and price year ignored, values compared exactly) contains the label's
 * inputs and stated figure, and anything else in it is a plain number (the 1 of {@code 1 - 73%},
 * the years of a CAGR) or, when the label states no figure, the expected column the claim
 * computed. A label's alternatives ({@code a;b | a;c}, {@code 2|100%}) are each tried.</li>
 * <li><b>wrong flagged</b>: labelled wrong relations whose claim {@code check} finds inconsistent;
 * <b>verdicts right</b>: found relations whose verdict is inconsistent exactly when the label says
 * wrong; <b>false alarms</b>: inconsistent verdicts on claims that match no wrong label;
 * <b>no claim</b>: paragraphs extract writes no claim for.</li>
 * </ul>
 * {@code scripts/score-extract} prints the table; {@code ExtractCorpusTest} holds the floors.
 */
public final class CorpusScorer {
    static final Path ROOT = Path.of("src/test/resources/extract-corpus");

    /** The counts for one split and language (or all languages). */
    public static final class Score {
        int paragraphs, figures, figuresFound, extracted, extractedRight, dated, datedFound, yearRight;
        int relations, relationsFound, wrong, wrongFlagged, verdictsRight, falseAlarms, noClaim, claims, checkErrors;
        final List<String> problems = new ArrayList<>();

        void add(Score o) {
            paragraphs += o.paragraphs;
            figures += o.figures;
            figuresFound += o.figuresFound;
            extracted += o.extracted;
            extractedRight += o.extractedRight;
            dated += o.dated;
            datedFound += o.datedFound;
            yearRight += o.yearRight;
            relations += o.relations;
            relationsFound += o.relationsFound;
            wrong += o.wrong;
            wrongFlagged += o.wrongFlagged;
            verdictsRight += o.verdictsRight;
            falseAlarms += o.falseAlarms;
            noClaim += o.noClaim;
            claims += o.claims;
            checkErrors += o.checkErrors;
            problems.addAll(o.problems);
        }

        double figureRecall() {
            return pct(figuresFound, figures);
        }

        double figurePrecision() {
            return pct(extractedRight, extracted);
        }

        double yearRight() {
            return pct(yearRight, datedFound);
        }

        double relationRecall() {
            return pct(relationsFound, relations);
        }

        double flagRate() {
            return pct(wrongFlagged, wrong);
        }

        double verdictAccuracy() {
            return pct(verdictsRight, relationsFound);
        }

        static double pct(int n, int d) {
            return d == 0 ? 100.0 : 100.0 * n / d;
        }
    }

    /** One run of the command line, in-process. */
    record Run(String out, String err, int exit) {
    }

    static Run figures(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context ctx = new Context(Path.of("").toAbsolutePath(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), false);
        int exit = Cli.run(ctx, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(out.toString(), err.toString(), exit);
    }

    /** What extract and check made of one paragraph. */
    record Claim(String id, String kind, String claim, String expected, List<Lit> lits, String verdict) {
    }

    /** Scores one paragraph against its labels. */
    static Score score(Paragraph p, List<FigureLabel> figureLabels, List<RelationLabel> relationLabels) throws IOException {
        Score s = new Score();
        s.paragraphs = 1;
        String file = p.file().toString();
        // figures
        Run figs = figures("", "extract", "--figures", "-f", "csv", file);
        if (figs.exit() != 0) {
            s.problems.add(p.name() + ": extract --figures exited " + figs.exit() + ": " + firstLine(figs.err()));
        }
        List<CSVRecord> rows = figs.out().isBlank() ? List.of() : Corpus.parseCsv(figs.out());
        List<CSVRecord> predicted = new ArrayList<>();
        for (CSVRecord r : rows) {
            String kind = r.get("kind");
            if (kind.equals("money") || kind.equals("percent")) {
                predicted.add(r);
            }
        }
        s.extracted = predicted.size();
        boolean[] used = new boolean[predicted.size()];
        for (FigureLabel f : figureLabels) {
            int before = s.figuresFound;
            s.figures++;
            if (!f.year().isEmpty()) {
                s.dated++;
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i] && f.value().sameValue(lit(predicted.get(i)))) {
                    used[i] = true;
                    s.figuresFound++;
                    s.extractedRight++;
                    if (!f.year().isEmpty()) {
                        s.datedFound++;
                        if (f.year().equals(predicted.get(i).get("year").strip())) {
                            s.yearRight++;
                        } else {
                            s.problems.add(p.name() + ": year " + (predicted.get(i).get("year").isBlank() ? "missing" : predicted.get(i).get("year"))
                                    + " for '" + f.text() + "', labelled " + f.year());
                        }
                    }
                    break;
                }
            }
            if (s.figuresFound == before) {
                s.problems.add(p.name() + ": figure not found: '" + f.text() + "' (" + f.value() + ")");
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                s.problems.add(p.name() + ": figure not labelled: '" + predicted.get(i).get("text") + "' (" + lit(predicted.get(i)) + ")");
            }
        }
        // claims, then check
        Run extract = figures("", "extract", "-f", "csv", file);
        if (extract.exit() != 0) {
            s.problems.add(p.name() + ": extract exited " + extract.exit() + ": " + firstLine(extract.err()));
        }
        List<CSVRecord> claimRows = extract.out().isBlank() ? List.of() : Corpus.parseCsv(extract.out());
        Map<String, String> verdicts = new HashMap<>();
        if (claimRows.isEmpty()) {
            s.noClaim = 1;
        } else {
            Run check = figures(extract.out(), "check", "-", "-f", "csv");
            if (check.exit() == 0 || check.exit() == 1) {
                for (CSVRecord r : Corpus.parseCsv(check.out())) {
                    verdicts.put(r.get("id"), r.get("verdict"));
                }
            } else {
                s.checkErrors++;
                s.problems.add(p.name() + ": check exited " + check.exit() + ": " + firstLine(check.err()));
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (CSVRecord r : claimRows) {
            String id = r.get("id");
            List<Lit> lits = new ArrayList<>(Lit.scan(r.get("claim")));
            lits.addAll(Lit.scan(r.get("expected")));
            claims.add(new Claim(id, id.replaceFirst("-\\d+$", ""), r.get("claim"), r.get("expected"), lits, verdicts.getOrDefault(id, "")));
        }
        s.claims = claims.size();
        boolean[] taken = new boolean[claims.size()];
        boolean[] matchesWrong = new boolean[claims.size()];
        for (RelationLabel rel : relationLabels) {
            int before = s.relationsFound;
            s.relations++;
            if (rel.wrong()) {
                s.wrong++;
            }
            for (int i = 0; i < claims.size(); i++) {
                if (!taken[i] && matches(rel, claims.get(i))) {
                    taken[i] = true;
                    matchesWrong[i] = rel.wrong();
                    s.relationsFound++;
                    boolean inconsistent = claims.get(i).verdict().equals("inconsistent");
                    if (rel.wrong() && inconsistent) {
                        s.wrongFlagged++;
                    }
                    if (rel.wrong() == inconsistent) {
                        s.verdictsRight++;
                    }
                    if (rel.wrong() != inconsistent) {
                        s.problems.add(p.name() + ": verdict " + claims.get(i).verdict() + " on " + claims.get(i).id() + ", labelled "
                                + (rel.wrong() ? "wrong" : "right"));
                    }
                    break;
                }
            }
            if (s.relationsFound == before) {
                s.problems.add(p.name() + ": relation not found: " + rel.kind() + " " + rel.inputsText() + " -> " + rel.statedText()
                        + (rel.wrong() ? " (wrong)" : ""));
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            if (!taken[i] && !claims.get(i).verdict().equals("inconsistent")) {
                s.problems.add(p.name() + ": claim matches no label: " + claims.get(i).id() + " " + claims.get(i).claim() + " = "
                        + claims.get(i).expected());
            }
            if (!matchesWrong[i] && claims.get(i).verdict().equals("inconsistent")) {
                s.falseAlarms++;
                s.problems.add(p.name() + ": false alarm: " + claims.get(i).id() + " " + claims.get(i).claim() + " = " + claims.get(i).expected());
            }
        }
        return s;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A listed figure as a literal: money by its currency ("?" when it has none), percent as %. */
    static Lit lit(CSVRecord r) {
        BigDecimal v = new BigDecimal(r.get("value"));
        BigDecimal to = r.get("to").isBlank() ? null : new BigDecimal(r.get("to"));
        String unit = r.get("kind").equals("percent") ? "%" : r.get("currency").isBlank() ? "?" : r.get("currency");
        return new Lit(v, to, unit, r.get("year"));
    }

    /** Whether a claim is the labelled relation (see the class comment). */
    static boolean matches(RelationLabel rel, Claim c) {
        if (!rel.kind().equals(c.kind())) {
            return false;
        }
        List<Lit> expectedLits = Lit.scan(c.expected());
        for (List<Lit> inputs : rel.inputs()) {
            if (rel.stated().isEmpty()) {
                if (covers(c.lits(), inputs, expectedLits)) {
                    return true;
                }
            }
            for (Lit stated : rel.stated()) {
                List<Lit> want = new ArrayList<>(inputs);
                want.add(stated);
                if (covers(c.lits(), want, List.of())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code have} contains {@code want} (by key), and what is left over is plain numbers or {@code spare}. */
    private static boolean covers(List<Lit> have, List<Lit> want, List<Lit> spare) {
        Map<String, Integer> left = new HashMap<>();
        for (Lit l : have) {
            left.merge(l.key(), 1, Integer::sum);
        }
        for (Lit w : want) {
            Integer n = left.get(w.key());
            if (n == null || n == 0) {
                return false;
            }
            left.put(w.key(), n - 1);
        }
        for (Lit s : spare) {
            left.computeIfPresent(s.key(), (k, n) -> n > 0 ? n - 1 : 0);
        }
        for (Map.Entry<String, Integer> e : left.entrySet()) {
            if (e.getValue() > 0 && !e.getKey().endsWith(" ")) {
                return false;
            }
        }
        return true;
    }

    /** Scores a split: one score per language ("en", "ar") and "all". */
    static Map<String, Score> score(Split split) throws IOException {
        Map<String, Score> byLang = new LinkedHashMap<>();
        byLang.put("en", new Score());
        byLang.put("ar", new Score());
        Score all = new Score();
        for (Paragraph p : split.paragraphs()) {
            List<FigureLabel> f = split.figures().stream().filter(x -> x.paragraph().equals(p.name())).toList();
            List<RelationLabel> r = split.relations().stream().filter(x -> x.paragraph().equals(p.name())).toList();
            Score s = score(p, f, r);
            byLang.computeIfAbsent(p.lang(), k -> new Score()).add(s);
            all.add(s);
        }
        byLang.put("all", all);
        return byLang;
    }

    static String table(Map<String, Map<String, Score>> bySplit) {
        String[] head = {"split", "lang", "paragraphs", "figures", "recall", "precision", "year right", "relations", "found",
            "wrong", "flagged", "verdicts right", "false alarms", "no claim"};
        List<String[]> rows = new ArrayList<>();
        rows.add(head);
        for (Map.Entry<String, Map<String, Score>> e : bySplit.entrySet()) {
            for (Map.Entry<String, Score> l : e.getValue().entrySet()) {
                Score s = l.getValue();
                rows.add(new String[] {e.getKey(), l.getKey(), String.valueOf(s.paragraphs), String.valueOf(s.figures),
                    pct(s.figuresFound, s.figures), pct(s.extractedRight, s.extracted), pct(s.yearRight, s.datedFound),
                    String.valueOf(s.relations), pct(s.relationsFound, s.relations), String.valueOf(s.wrong),
                    pct(s.wrongFlagged, s.wrong), pct(s.verdictsRight, s.relationsFound), String.valueOf(s.falseAlarms),
                    String.valueOf(s.noClaim)});
            }
        }
        int[] width = new int[head.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = r[i];
                boolean left = i < 2;
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** {@code n/d (p %)}, the percent rounded down to a whole number. */
    static String pct(int n, int d) {
        if (d == 0) {
            return "-";
        }
        BigDecimal p = BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(d), 0, RoundingMode.DOWN);
        return n + "/" + d + " " + p.toPlainString() + "%";
    }

    /** The splits for measuring only: the scorer prints their totals, never their misses. */
    static final java.util.Set<String> MEASURING_ONLY = java.util.Set.of("fresh", "fresh2", "fresh3");

    /**
     * Prints the table for the splits named (default: every split with labels); {@code --problems} then
     * lists the misses (figures and relations not found, figures and claims no label has, wrong verdicts,
     * false alarms, errors) of every split named but fresh, fresh2 and fresh3, which are for measuring only.
     */
    public static void main(String[] args) throws IOException {
        boolean problems = false;
        List<String> splits = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--problems")) {
                problems = true;
            } else if (a.equals("--without") && i + 1 < args.length) {
                // paragraphs left out by the start of their name, e.g. fresh/ar-01 (one a measurement must discount)
                without.addAll(List.of(args[++i].split(",")));
            } else {
                splits.add(a);
            }
        }
        if (splits.isEmpty()) {
            splits = Corpus.splitNames().stream().filter(n -> java.nio.file.Files.isRegularFile(ROOT.resolve(n).resolve("figures.csv"))).toList();
        }
        Map<String, Map<String, Score>> bySplit = new LinkedHashMap<>();
        for (String split : splits) {
            Corpus.Split all = Corpus.load(ROOT, split);
            List<String> left = without.stream().filter(w -> w.startsWith(split + "/")).map(w -> w.substring(split.length() + 1) + "-").toList();
            java.util.function.Predicate<String> kept = name -> left.stream().noneMatch(name::startsWith);
            Corpus.Split used = new Corpus.Split(all.name(), all.paragraphs().stream().filter(x -> kept.test(x.name())).toList(),
                    all.figures().stream().filter(x -> kept.test(x.paragraph())).toList(),
                    all.relations().stream().filter(x -> kept.test(x.paragraph())).toList());
            bySplit.put(split, score(used));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(table(bySplit));
        // misses are listed for every split but fresh, fresh2 and fresh3: they are for measuring, not for reading (the holdout, read
        // since, and the later splits are development material)
        for (Map.Entry<String, Map<String, Score>> e : bySplit.entrySet()) {
            if (problems && !MEASURING_ONLY.contains(e.getKey())) {
                for (String p : e.getValue().get("all").problems) {
                    out.println(e.getKey() + ": " + p);
                }
            }
        }
    }
}
