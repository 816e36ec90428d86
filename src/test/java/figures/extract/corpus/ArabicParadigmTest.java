package figures.extract.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.extract.corpus.Corpus.Lit;
import figures.extract.corpus.Corpus.Paragraph;
import figures.extract.corpus.Corpus.RelationLabel;
import figures.extract.corpus.CorpusScorer.Score;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paradigms of Arabic relations ({@code src/test/resources/extract-paradigms/ar.txt}: each kind of
 * relation in the orders and forms news Arabic writes it, written from the grammar of that style, not
 * from the extraction corpus) run through the real command line as the corpus scorer runs a paragraph
 * ({@code extract}, then {@code check -}) and matched the same way ({@link CorpusScorer#matches}):
 * every relation not marked {@code todo} must be found with the verdict its label gives, and no case
 * may raise a false alarm (an inconsistent claim that is not a relation labelled wrong).
 */
class ArabicParadigmTest {
    /** One case: its text, the relations its words state, and why it is not read yet (null when it must be). */
    record Case(int line, String text, List<RelationLabel> relations, String todo) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        String text = null;
        int at = 0;
        List<RelationLabel> rels = new ArrayList<>();
        String todo = null;
        List<String> lines;
        try (InputStream in = ArabicParadigmTest.class.getResourceAsStream("/extract-paradigms/ar.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i).strip() : "s:";
            if (l.startsWith("s:")) {
                if (text != null) {
                    assertTrue(!rels.isEmpty(), "ar.txt:" + at + ": a case needs '= ...' lines");
                    out.add(new Case(at, text, new ArrayList<>(rels), todo));
                }
                text = l.substring(2).strip();
                at = i + 1;
                rels = new ArrayList<>();
                todo = null;
            } else if (l.startsWith("todo:")) {
                todo = l.substring(5).strip();
            } else if (l.equals("= quiet")) {
                rels.add(null);
            } else if (l.startsWith("=")) {
                rels.add(label(l.substring(1), i + 1));
            }
        }
        return out;
    }

    private static RelationLabel label(String line, int at) {
        String[] f = line.split("\\|", -1);
        assertTrue(f.length >= 4, "ar.txt:" + at + ": kind | inputs | stated | wrong");
        // the inputs are field 1 (other readings after '/'); the stated forms the fields between it and the last
        String kind = f[0].strip();
        List<List<Lit>> inputs = new ArrayList<>();
        for (String alt : f[1].split("/")) { // other readings of the inputs after '/'
            List<Lit> set = new ArrayList<>();
            for (String a : alt.split(";")) {
                set.add(Lit.parseLabel(a));
            }
            inputs.add(set);
        }
        List<Lit> stated = new ArrayList<>();
        for (int k = 2; k < f.length - 1; k++) {
            if (!f[k].isBlank()) {
                stated.add(Lit.parseLabel(f[k]));
            }
        }
        String wrong = f[f.length - 1].strip();
        assertTrue(wrong.equals("yes") || wrong.equals("no"), "ar.txt:" + at + ": wrong is yes or no");
        return new RelationLabel("p", kind, inputs, stated, wrong.equals("yes"), "", "", f[1].strip(), "");
    }

    @Test
    void eachParadigmIsReadWithItsVerdictAndNoneRaisesAFalseAlarm(@TempDir Path dir) throws IOException {
        List<String> required = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> alarms = new ArrayList<>();
        int found = 0;
        int relations = 0;
        for (Case c : cases()) {
            Path file = dir.resolve("ar-" + c.line() + ".txt");
            Files.writeString(file, c.text() + "\n", StandardCharsets.UTF_8);
            List<RelationLabel> labels = c.relations().stream().filter(r -> r != null).toList();
            Score s = CorpusScorer.score(new Paragraph("paradigms", "ar-" + c.line(), "ar", file), List.of(), labels);
            relations += s.relations;
            found += s.verdictsRight;
            List<String> problems = s.problems.stream().filter(p -> !p.contains("figure not labelled")).toList();
            if (s.falseAlarms > 0) {
                alarms.add("ar.txt:" + c.line() + " " + c.text() + "\n    " + String.join("\n    ", problems));
            }
            boolean read = s.verdictsRight == s.relations;
            if (!read) {
                (c.todo() == null ? required : pending).add("ar.txt:" + c.line() + " " + c.text() + "\n    "
                        + String.join("\n    ", problems));
            }
        }
        String report = found + " of " + relations + " relations read with their verdict\n";
        System.out.println("ArabicParadigmTest: " + report + (pending.isEmpty() ? "" : "todo:\n" + String.join("\n", pending)));
        assertEquals(List.of(), alarms, report);
        assertEquals(List.of(), required, report);
    }
}
