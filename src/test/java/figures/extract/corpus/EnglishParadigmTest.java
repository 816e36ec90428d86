package figures.extract.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.extract.corpus.Corpus.Lit;
import figures.extract.corpus.Corpus.RelationLabel;
import figures.extract.corpus.CorpusScorer.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The English paradigms of each relation, written from how news agencies state them (not from the
 * corpus): {@code src/test/resources/extract-paradigms/en.csv}, one row a sentence (or two) and the
 * relation its words state, some stated wrongly on purpose. Each text goes through the real command
 * line ({@code extract -}, then {@code check -}) and is matched as {@link CorpusScorer} matches the
 * corpus labels: the relation must be found with the verdict its label gives, and no other claim may
 * be inconsistent (a false alarm). Rows of kind {@code none} state no relation: no inconsistent claim.
 * A row marked {@code open} is a known miss: it must still raise no false alarm, and once it is found
 * right it must be marked {@code ok}.
 */
class EnglishParadigmTest {
    static final Path FILE = Path.of("src/test/resources/extract-paradigms/en.csv");

    record Row(String status, String kinds, RelationLabel label, String text) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : Corpus.read(FILE)) {
            String kind = r.get("kind").strip();
            RelationLabel label = null;
            if (!kind.equals("none")) {
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
                label = new RelationLabel("p", kind, inputs, stated, r.get("wrong").strip().equals("yes"), "", "", r.get("inputs"),
                        r.get("stated"));
            }
            // an empty text is the text of the row before: a paragraph that states several relations
            String text = r.get("text").isBlank() && !rows.isEmpty() ? rows.get(rows.size() - 1).text() : r.get("text");
            rows.add(new Row(r.get("status").strip(), kind, label, text));
        }
        return rows;
    }

    /** What extract and check made of one text: its claims with their verdicts. */
    static List<CorpusScorer.Claim> claims(String text) throws IOException {
        Run extract = CorpusScorer.figures(text, "extract", "-f", "csv", "-");
        List<CSVRecord> rows = extract.out().isBlank() ? List.of() : Corpus.parseCsv(extract.out());
        Map<String, String> verdicts = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            Run check = CorpusScorer.figures(extract.out(), "check", "-", "-f", "csv");
            for (CSVRecord r : Corpus.parseCsv(check.out())) {
                verdicts.put(r.get("id"), r.get("verdict"));
            }
        }
        List<CorpusScorer.Claim> out = new ArrayList<>();
        for (CSVRecord r : rows) {
            String id = r.get("id");
            List<Lit> lits = new ArrayList<>(Lit.scan(r.get("claim")));
            lits.addAll(Lit.scan(r.get("expected")));
            out.add(new CorpusScorer.Claim(id, id.replaceFirst("-\\d+$", ""), r.get("claim"), r.get("expected"), lits,
                    verdicts.getOrDefault(id, "")));
        }
        return out;
    }

    /** The label's kinds ("ratio|change": either) tried in turn. */
    static CorpusScorer.Claim match(Row row, List<CorpusScorer.Claim> claims) {
        for (String kind : row.kinds().split("\\|")) {
            RelationLabel l = row.label();
            RelationLabel k = new RelationLabel(l.paragraph(), kind, l.inputs(), l.stated(), l.wrong(), l.tolerance(), l.note(), l.inputsText(),
                    l.statedText());
            for (CorpusScorer.Claim c : claims) {
                if (CorpusScorer.matches(k, c)) {
                    return c;
                }
            }
        }
        return null;
    }

    @Test
    void everyParadigmIsReadWithItsVerdictAndNoFalseAlarm() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> open = new ArrayList<>();
        int n = 0;
        Map<String, List<Row>> byText = new LinkedHashMap<>();
        for (Row row : rows()) {
            byText.computeIfAbsent(row.text(), t -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<Row>> paragraph : byText.entrySet()) {
          List<CorpusScorer.Claim> claims = claims(paragraph.getKey());
          List<CorpusScorer.Claim> matched = new ArrayList<>();
          for (Row row : paragraph.getValue()) {
            n++;
            String problem = null;
            CorpusScorer.Claim found = null;
            if (row.label() != null) {
                found = match(row, claims.stream().filter(c -> !matched.contains(c)).toList());
                if (found != null) {
                    matched.add(found);
                }
                if (found == null) {
                    problem = "not found: " + row.kinds() + " " + row.label().inputsText() + " -> " + row.label().statedText()
                            + (row.label().wrong() ? " (wrong)" : "");
                } else if (row.label().wrong() != found.verdict().equals("inconsistent")) {
                    problem = "verdict " + found.verdict() + " on " + found.claim() + " = " + found.expected();
                }
            }
            String line = problem + " in: " + row.text() + claims.stream().map(c -> "\n      " + c.claim() + " = " + c.expected() + " " + c.verdict()).reduce("", String::concat);
            if (row.status().equals("open")) {
                if (problem == null) {
                    failures.add("found now, mark it ok: " + row.text());
                } else {
                    open.add(line);
                }
            } else if (problem != null) {
                failures.add(line);
            }
          }
          for (CorpusScorer.Claim c : claims) {
              if (!matched.contains(c) && c.verdict().equals("inconsistent")) {
                  failures.add("false alarm: " + c.claim() + " = " + c.expected() + " in: " + paragraph.getKey());
              }
          }
        }
        System.out.println("English paradigms: " + (n - open.size() - failures.size()) + " of " + n + " read right, " + open.size() + " open"
                + open.stream().map(o -> "\n  open: " + o).reduce("", String::concat));
        assertTrue(failures.isEmpty(), failures.size() + " of " + n + " paradigms fail:\n  " + String.join("\n  ", failures));
    }
}
