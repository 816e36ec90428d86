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

    /** The cues of a group (empty when no language has it). */
    static List<Cue> group(String name) {
        return GROUPS.getOrDefault(name, List.of());
    }

    /** The longest cue of the group that starts at token {@code at}, or null. */
    static Cue at(List<Token> tokens, int at, String group) {
        return at(tokens, at, tokens.size(), group);
    }

    /** The longest cue of the group that starts at token {@code at} and ends before {@code limit}, or null. */
    static Cue at(List<Token> tokens, int at, int limit, String group) {
        if (at < 0 || at >= limit) {
            return null;
        }
        for (Cue c : group(group)) {
            if (matches(tokens, at, limit, c)) {
                return c;
            }
        }
        return null;
    }

    /** The longest cue of the group that ends just before token {@code end} (its last word at end − 1), or null. */
    static Cue before(List<Token> tokens, int end, int floor, String group) {
        for (Cue c : group(group)) {
            int from = end - c.words().size();
            if (from >= floor && from >= 0 && matches(tokens, from, end, c)) {
                return c;
            }
        }
        return null;
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
            boolean ok = t.isWord() ? (k == 0 ? Words.in(java.util.Set.of(w), t.text()) : t.text().equals(w) || Words.in(java.util.Set.of(w), t.text()))
                    : t.text().equals(w);
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
}
