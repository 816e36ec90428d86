package figures.extract;

import figures.extract.Tokens.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words that say a relation between figures ({@code i.e.}, {@code the remaining},
 * {@code totalling}, {@code ما مجموعه}), kept as data: one file a language,
 * {@code figures/extract/relations-<code>.txt}, each line a group ({@code name: cue | cue}). A cue
 * is one to four words in the folded spelling of {@link Tokens}; an Arabic word of the text may
 * carry the prefixes {@link Words#stems} takes off. A cue of a group of multiples carries its
 * number ({@code twice = 2}).
 */
final class Cues {
    /** The languages whose cue files are read. */
    static final List<String> LANGUAGES = List.of("en", "ar");

    /** One cue: its folded words, and for a multiple its number. */
    record Cue(List<String> words, BigDecimal value, String text) {
    }

    private static final Map<String, List<Cue>> GROUPS = load();
    /** Per group, its cues by their first word, each list longest first. */
    private static final Map<String, Map<String, List<Cue>>> FIRST = byWord(true);
    /** Per group, its cues by their last word. */
    private static final Map<String, Map<String, List<Cue>>> LAST = byWord(false);

    private Cues() {
    }

    private static Map<String, List<Cue>> load() {
        Map<String, List<Cue>> groups = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            String file = "relations-" + lang + ".txt";
            String text;
            try (InputStream in = Cues.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("figures/extract/" + file + " is missing from the build");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int n = 0;
            for (String line : text.split("\n", -1)) {
                n++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalStateException(file + ":" + n + ": expected 'name: cue | cue'");
                }
                List<Cue> cues = groups.computeIfAbsent(l.substring(0, colon).strip(), k -> new ArrayList<>());
                for (String raw : l.substring(colon + 1).split("\\|")) {
                    String c = raw.strip();
                    BigDecimal value = null;
                    int eq = c.indexOf('=');
                    if (eq > 0) {
                        value = new BigDecimal(c.substring(eq + 1).strip());
                        c = c.substring(0, eq).strip();
                    }
                    List<String> words = new ArrayList<>();
                    for (Token t : Tokens.of(c)) {
                        words.add(t.text());
                    }
                    if (words.isEmpty() || words.size() > 4) {
                        throw new IllegalStateException(file + ":" + n + ": a cue is one to four words: '" + c + "'");
                    }
                    cues.add(new Cue(List.copyOf(words), value, c));
                }
            }
        }
        for (List<Cue> cues : groups.values()) {
            cues.sort(Comparator.comparingInt((Cue c) -> -c.words().size())); // the longest cue first
        }
        return groups;
    }

    private static Map<String, Map<String, List<Cue>>> byWord(boolean first) {
        Map<String, Map<String, List<Cue>>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Cue>> g : GROUPS.entrySet()) {
            Map<String, List<Cue>> m = new java.util.HashMap<>();
            for (Cue c : g.getValue()) {
                m.computeIfAbsent(c.words().get(first ? 0 : c.words().size() - 1), x -> new ArrayList<>()).add(c);
            }
            out.put(g.getKey(), m);
        }
        return out;
    }

    /** Per one-word cue of a "noun-" group (the nouns that name one quantity), the name of its group. */
    private static final Map<String, String> NOUNS = nouns();

    private static Map<String, String> nouns() {
        Map<String, String> out = new java.util.HashMap<>();
        for (Map.Entry<String, List<Cue>> g : GROUPS.entrySet()) {
            if (g.getKey().startsWith("noun-")) {
                for (Cue c : g.getValue()) {
                    if (c.words().size() == 1) {
                        out.put(c.words().get(0), g.getKey());
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether two folded words (or stems of them) name the same quantity: the same stem, or two nouns of one "noun-"
     * group ("النفقات" and "المصروفات", "الدين" and "الديون").
     */
    static boolean sameThing(String a, String b) {
        java.util.Set<String> sa = Words.cueStems(a), sb = Words.cueStems(b); // "وارداتها" is "الواردات" with a pronoun
        for (String x : sa) {
            if (x.length() >= 4 && sb.contains(x)) {
                return true;
            }
        }
        for (String x : sa) {
            String g = NOUNS.get(x);
            if (g != null) {
                for (String y : sb) {
                    if (g.equals(NOUNS.get(y))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The cues of a group (empty when no language has it). */
    static List<Cue> group(String name) {
        return GROUPS.getOrDefault(name, List.of());
    }

    /** The direction of a change word at token {@code at}: +1 at a word of rising, -1 at one of falling, 0 otherwise. */
    static int direction(List<Token> tokens, int at) {
        return at(tokens, at, "rise") != null ? 1 : at(tokens, at, "fall") != null ? -1 : 0;
    }

    /** The longest cue of the group that starts at token {@code at}, or null. */
    static Cue at(List<Token> tokens, int at, String group) {
        return at(tokens, at, tokens.size(), group);
    }

    /** The longest cue of the group that starts at token {@code at} and ends before {@code limit}, or null. */
    static Cue at(List<Token> tokens, int at, int limit, String group) {
        if (at < 0 || at >= limit || at >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(at);
        if (t.isNumber()) {
            return null;
        }
        // only the cues whose first word is this token's (or one of its stems'): the longest that matches
        Map<String, List<Cue>> first = FIRST.getOrDefault(group, Map.of());
        Cue best = null;
        for (String w : t.isWord() ? Words.cueStems(t.text()) : java.util.Set.of(t.text())) {
            for (Cue c : first.getOrDefault(w, List.of())) {
                if ((best == null || c.words().size() > best.words().size()) && matches(tokens, at, limit, c)) {
                    best = c;
                }
            }
        }
        return best;
    }

    /** The longest cue of the group that ends just before token {@code end} (its last word at end − 1), or null. */
    static Cue before(List<Token> tokens, int end, int floor, String group) {
        if (end - 1 < 0 || end - 1 >= tokens.size() || end - 1 < floor || tokens.get(end - 1).isNumber()) {
            return null;
        }
        // only the cues whose last word is the token before end (or one of its stems): the longest that matches
        Token t = tokens.get(end - 1);
        Map<String, List<Cue>> last = LAST.getOrDefault(group, Map.of());
        Cue best = null;
        for (String w : t.isWord() ? Words.cueStems(t.text()) : java.util.Set.of(t.text())) {
            for (Cue c : last.getOrDefault(w, List.of())) {
                int from = end - c.words().size();
                if ((best == null || c.words().size() > best.words().size()) && from >= floor && from >= 0 && matches(tokens, from, end, c)) {
                    best = c;
                }
            }
        }
        return best;
    }

    private static boolean matches(List<Token> tokens, int at, int limit, Cue c) {
        if (at + c.words().size() > Math.min(limit, tokens.size())) {
            return false;
        }
        for (int k = 0; k < c.words().size(); k++) {
            Token t = tokens.get(at + k);
            String w = c.words().get(k);
            if (t.isNumber()) {
                return false;
            }
            boolean ok = t.isWord() ? t.text().equals(w) || Words.cueStems(t.text()).contains(w) : t.text().equals(w);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether any cue of the group starts at a token in {@code [from, to)}. */
    static boolean within(List<Token> tokens, int from, int to, String group) {
        for (int j = Math.max(0, from); j < Math.min(to, tokens.size()); j++) {
            if (at(tokens, j, to, group) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of a yearly rate ("7 % a year", "سنويا") stands in {@code [from, to)}, not counting one that is part of
     * a year-on-year comparison ("ارتفعت 35 % على أساس سنوي": a change from a year before, not a rate).
     */
    static boolean perYearWithin(List<Token> tokens, int from, int to) {
        for (int j = Math.max(0, from); j < Math.min(to, tokens.size()); j++) {
            Cue yoy = at(tokens, j, "year-on-year");
            if (yoy != null) {
                j += yoy.words().size() - 1;
            } else if (at(tokens, j, to, "per-year") != null) {
                return true;
            }
        }
        return false;
    }
}
