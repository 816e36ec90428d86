package figures.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figures.model.FiguresException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Microsoft Recognizers-Text's currency and percent specs (test resources under {@code recognizers/},
 * MIT licence, the commit in each file's header) read by {@code figures extract}, scored: a case is
 * fully right when its amounts are exactly the spec's, each with the right value and currency (a unit
 * that names several currencies, such as "pounds" or "francs", right when the figure says so in a
 * note). Cases marked {@code crypto} are left out; {@code spec-wrong} cases are scored against the
 * corrected expectation. The floors are the scores reached; an amount with a wrong currency and no
 * note fails the test outright.
 */
class RecognizersSpecTest {
    /** One spec case: its index, its text, the expected "value CODE" or "value" items, its mark. */
    private record Case(int id, String input, List<String> expected, String mark) {
    }

    /** A score: cases fully right of those scored, and amounts given a wrong currency without a note. */
    private record Score(int right, int scored, int wrongCurrency, List<String> misses) {
        double share() {
            return scored == 0 ? 1 : (double) right / scored;
        }

        @Override
        public String toString() {
            return right + " of " + scored + " (" + Math.round(share() * 1000) / 10.0 + " %), " + wrongCurrency + " wrong currency without a note";
        }
    }

    private static List<Case> cases(String name) throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RecognizersSpecTest.class.getResourceAsStream("/recognizers/" + name), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (l.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = l.split("\t", -1);
                List<String> expected = new ArrayList<>();
                for (String e : c[2].split("\\|")) {
                    if (!e.isBlank()) {
                        expected.add(e.strip());
                    }
                }
                out.add(new Case(Integer.parseInt(c[0]), c[1], expected, c[3]));
            }
        }
        return out;
    }

    private static List<Figure> figures(String text) {
        try {
            return Extraction.of(ArticleText.of("spec", text)).figures();
        } catch (FiguresException e) {
            return null; // a refused text: no case of it is right
        }
    }

    private static boolean sameValue(String expected, BigDecimal v) {
        return new BigDecimal(expected).compareTo(v) == 0;
    }

    /** Whether a money figure is the expected "value CODE" (CODE ? for a unit that names several currencies). */
    private static boolean matches(String expected, Figure f) {
        String[] p = expected.split(" ");
        if (!sameValue(p[0], f.value()) || f.isRange()) {
            return false;
        }
        String code = f.currency() == null ? null : f.currency().code();
        if (p[1].equals("?")) {
            return f.note() != null;
        }
        return p[1].equals(code);
    }

    private static Score currencies(String file) throws IOException {
        int right = 0, scored = 0, wrong = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases(file)) {
            if (c.mark().contains("crypto")) {
                continue;
            }
            scored++;
            List<Figure> fs = figures(c.input());
            if (fs == null) {
                misses.add(c.id() + ": refused: " + c.input());
                continue;
            }
            List<Figure> money = fs.stream().filter(Figure::isMoney).toList();
            List<String> left = new ArrayList<>(c.expected());
            boolean ok = true;
            for (Figure f : money) {
                String hit = left.stream().filter(e -> matches(e, f)).findFirst().orElse(null);
                if (hit != null) {
                    left.remove(hit);
                    continue;
                }
                ok = false;
                boolean sameValueOtherCode = c.expected().stream().anyMatch(e -> sameValue(e.split(" ")[0], f.value()) && !e.endsWith(" ?"));
                if (sameValueOtherCode && f.note() == null && f.currency() != null) {
                    wrong++;
                }
            }
            ok &= left.isEmpty();
            if (ok) {
                right++;
            } else {
                misses.add(c.id() + ": " + c.input() + " -> " + money.stream().map(f -> f.expression() + (f.note() == null ? "" : " (noted)")).toList()
                        + " expected " + c.expected());
            }
        }
        return new Score(right, scored, wrong, misses);
    }

    private static Score percents(String file) throws IOException {
        int right = 0, scored = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases(file)) {
            scored++;
            List<Figure> fs = figures(c.input());
            List<BigDecimal> got = fs == null ? null : fs.stream().filter(Figure::isPercent).map(Figure::value).toList();
            boolean ok = got != null && got.size() == c.expected().size();
            for (int i = 0; ok && i < got.size(); i++) {
                ok = sameValue(c.expected().get(i), got.get(i));
            }
            if (ok) {
                right++;
            } else {
                misses.add(c.id() + ": " + c.input() + " -> " + got + " expected " + c.expected());
            }
        }
        return new Score(right, scored, 0, misses);
    }

    private static void report(String what, Score s) {
        System.out.println("Recognizers-Text " + what + ": " + s);
        s.misses().forEach(m -> System.out.println("  miss " + m));
    }

    @Test
    void englishCurrencies() throws IOException {
        Score s = currencies("currency-en.tsv");
        report("English currency", s);
        assertEquals(0, s.wrongCurrency(), "amounts with a wrong currency and no note");
        assertTrue(s.share() >= 0.94, "English currency cases fully right (the floor reached: 94 %): " + s);
    }

    @Test
    void arabicCurrencies() throws IOException {
        Score s = currencies("currency-ar.tsv");
        report("Arabic currency", s);
        assertEquals(0, s.wrongCurrency(), "amounts with a wrong currency and no note");
        assertEquals(s.scored(), s.right(), "Arabic currency cases fully right: " + s);
    }

    @Test
    void englishPercents() throws IOException {
        Score s = percents("percent-en.tsv");
        report("English percent", s);
        assertEquals(s.scored(), s.right(), "English percent cases right: " + s);
    }

    @Test
    void arabicPercents() throws IOException {
        Score s = percents("percent-ar.tsv");
        report("Arabic percent", s);
        assertEquals(s.scored(), s.right(), "Arabic percent cases right: " + s);
    }
}
