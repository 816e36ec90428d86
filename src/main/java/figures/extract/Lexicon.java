package figures.extract;

import figures.extract.Figure.Approx.Bound;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words figures are read with, loaded from one data file per language
 * ({@code figures/extract/en.lang}, {@code ar.lang}, listed in {@code languages.txt}): number words,
 * multipliers, scales, duals and fractions; currency units, nationalities, names, symbols and minor
 * units; percent, approximation, range, year and "another" words; units of quantities. A third
 * language is a third file. All words are folded as {@link Tokens} folds the article's words, and
 * the languages are merged: an article may mix them.
 */
final class Lexicon {
    /** An ambiguous scale word: read with its power of ten, its note kept. */
    record NotedScale(int exponent, String note) {
    }

    final Map<String, BigDecimal> numbers = new HashMap<>();
    final Map<String, BigDecimal> multipliers = new HashMap<>();
    final Map<String, Integer> scales = new HashMap<>();
    final Map<String, Integer> letterScales = new HashMap<>();
    final Map<String, Integer> duals = new HashMap<>();
    final Map<String, NotedScale> notedScales = new HashMap<>();
    final Map<String, BigDecimal> fractions = new HashMap<>();
    /** Fractions spelt as numbers when unvowelled (خُمس a fifth, خمس five): read as fractions only in a construct. */
    final Map<String, BigDecimal> unvowelledFractions = new HashMap<>();
    final Set<String> articles = new HashSet<>();
    /** Words between a fraction and its scale ("a quarter of a billion") or a scale and its currency (مليار من الدولارات). */
    final Set<String> of = new HashSet<>();
    final Set<String> joins = new HashSet<>();
    final Set<String> minus = new HashSet<>();
    final Set<String> percent = new HashSet<>();
    final Map<String, Bound> approx = new HashMap<>();
    final Set<String> rangeBetween = new HashSet<>();
    final Set<String> rangeJoins = new HashSet<>();
    /** A currency phrase (unit word, nationality + unit, name) and the code it means ({@code ?note}: ambiguous). */
    final Map<String, String> currencies = new HashMap<>();
    /** A unit word and the unit it is a form of ("dollars" → dollar). */
    final Map<String, String> unitOf = new HashMap<>();
    /** A currency unit and the codes of the currencies that bear its name (riyal → SAR, QAR, OMR…). */
    final Map<String, Set<String>> unitCodes = new HashMap<>();
    /** An ambiguous reading of a unit word, as {@code [currency-default]} writes it without its "?", and that unit. */
    final Map<String, String> ambiguousUnits = new HashMap<>();
    /** Per unit word, what its unit alone means in that word's language. */
    final Map<String, String> unitDefault = new HashMap<>();
    final Map<String, String> symbols = new HashMap<>();
    final Set<String> closeSymbols = new HashSet<>();
    /** Currency codes that are also words of the language (ALL, TOP, CUP). */
    final Set<String> wordCodes = new HashSet<>();
    /** A minor unit word and the unit or code it is a hundredth of. */
    final Map<String, String> minor = new HashMap<>();
    /** A country's words and the code of its currency. */
    final Map<String, String> countries = new HashMap<>();
    /** The first words of the country phrases. */
    final Set<String> countryWords = new HashSet<>();
    /** A sign or unit read as one currency that may mean others ($ → USD, though AUD, CAD…). */
    final Map<String, Set<String>> ambiguousSigns = new HashMap<>();
    final Map<String, String> units = new HashMap<>();
    final Set<String> yearWords = new HashSet<>();
    final Set<String> another = new HashSet<>();
    final Set<String> clauseBreaks = new HashSet<>();
    /** Words after a number that are not a noun it counts ("annually", سنوياً). */
    final Set<String> notCounted = new HashSet<>();
    /** Durations and periods: "نصف ساعة", "ربع قرن" are no fraction of an amount. */
    final Set<String> durations = new HashSet<>();
    /** Words before two years that make them a span ("عامي 2000 و2022", "الفترة 1990-2020"). */
    final Set<String> spanWords = new HashSet<>();
    /** Words saying a number counts something ("عدد القتلى 50 ألفاً"): no currency is implied for it. */
    final Set<String> countWords = new HashSet<>();
    /** Nouns a year follows in a construct ("ميزانية 2024"): the number after them is a year, whatever noun follows it. */
    final Set<String> yearNouns = new HashSet<>();
    /** The most words any phrase has. */
    int longest = 1;

    static final Lexicon WORDS = load();

    private Lexicon() {
    }

    private static Lexicon load() {
        Lexicon x = new Lexicon();
        for (String file : lines("languages.txt")) {
            if (!file.isBlank() && !file.startsWith("#")) {
                x.read(file.strip());
            }
        }
        return x;
    }

    private static List<String> lines(String name) {
        InputStream in = Lexicon.class.getResourceAsStream("/figures/extract/" + name);
        if (in == null) {
            throw new IllegalStateException("missing language data figures/extract/" + name);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                out.add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Folds a phrase as the article's words are folded, words separated by one space. */
    static String fold(String phrase) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < phrase.length(); i++) {
            char f = Tokens.fold(phrase.charAt(i));
            if (f != 0) {
                b.append(f);
            }
        }
        return b.toString().strip().replaceAll("\\s+", " ");
    }

    private void read(String file) {
        String section = "";
        boolean after = false;
        List<String> adjectiveForms = List.of("{}");
        Map<String, List<String>> unitWords = new LinkedHashMap<>();
        List<String[]> nationalities = new ArrayList<>();
        // a list may go on over several lines: a line ending in a comma continues
        StringBuilder pending = new StringBuilder();
        List<String> all = new ArrayList<>();
        for (String raw : lines(file)) {
            String l = raw.strip();
            if (l.startsWith("#") || l.isEmpty()) {
                continue;
            }
            pending.append(pending.length() > 0 ? " " : "").append(l);
            if (!l.endsWith(",")) {
                all.add(pending.toString());
                pending.setLength(0);
            }
        }
        for (String l : all) {
            if (l.startsWith("[") && l.endsWith("]")) {
                section = l.substring(1, l.length() - 1);
                continue;
            }
            int eq = l.indexOf(" = ");
            String key = eq < 0 ? l : l.substring(0, eq);
            String value = eq < 0 ? null : l.substring(eq + 3).strip();
            List<String> keys = new ArrayList<>();
            for (String k : key.split(",")) {
                if (!k.isBlank()) {
                    keys.add(section.equals("symbols") || section.equals("symbols-written-close") ? k.strip().toLowerCase(java.util.Locale.ROOT)
                            : fold(k));
                }
            }
            switch (section) {
                case "grammar" -> {
                    if (key.equals("nationality")) {
                        after = value.equals("after");
                    } else if (key.equals("adjective-forms")) {
                        adjectiveForms = new ArrayList<>();
                        for (String f : value.split(",")) {
                            adjectiveForms.add(fold(f));
                        }
                    }
                }
                case "numbers" -> keys.forEach(k -> numbers.put(k, new BigDecimal(value)));
                case "multipliers" -> keys.forEach(k -> multipliers.put(k, new BigDecimal(value)));
                case "scales" -> keys.forEach(k -> scales.put(k, Integer.parseInt(value)));
                case "letter-scales" -> keys.forEach(k -> letterScales.put(k, Integer.parseInt(value)));
                case "duals" -> keys.forEach(k -> duals.put(k, Integer.parseInt(value)));
                case "ambiguous-scales" -> {
                    String[] p = value.split(";", 2);
                    keys.forEach(k -> notedScales.put(k, new NotedScale(Integer.parseInt(p[0].strip()), p[1].strip())));
                }
                case "fractions" -> keys.forEach(k -> fractions.put(k, new BigDecimal(value)));
                case "unvowelled-fractions" -> keys.forEach(k -> unvowelledFractions.put(k, new BigDecimal(value)));
                case "articles" -> articles.addAll(keys);
                case "of" -> of.addAll(keys);
                case "joins" -> joins.addAll(keys);
                case "minus" -> minus.addAll(keys);
                case "percent" -> percent.addAll(keys);
                case "approx-about" -> keys.forEach(k -> approx.put(k, Bound.ABOUT));
                case "approx-at-least" -> keys.forEach(k -> approx.put(k, Bound.AT_LEAST));
                case "approx-at-most" -> keys.forEach(k -> approx.put(k, Bound.AT_MOST));
                case "range-between" -> rangeBetween.addAll(keys);
                case "range-joins" -> rangeJoins.addAll(keys);
                case "currency-units" -> {
                    List<String> forms = new ArrayList<>();
                    for (String w : value.split(",")) {
                        forms.add(fold(w));
                    }
                    unitWords.put(key.strip(), forms);
                }
                case "currency-default" -> {
                    if (value.startsWith("?")) {
                        ambiguousUnits.put(value.substring(1), key.strip());
                    }
                    for (String w : unitWords.getOrDefault(key.strip(), List.of())) {
                        unitOf.put(w, key.strip());
                        unitDefault.put(w, value);
                        currencies.putIfAbsent(w, value);
                    }
                }
                case "nationalities" -> nationalities.add(new String[] {key.strip(), value});
                case "currency-names" -> {
                    for (String w : value.split(",")) {
                        currencies.put(fold(w), key.strip());
                    }
                }
                case "symbols" -> keys.forEach(k -> symbols.put(k, value));
                case "symbols-written-close" -> closeSymbols.addAll(keys);
                case "word-codes" -> wordCodes.addAll(keys);
                case "minor-units" -> keys.forEach(k -> minor.put(k, value));
                case "countries" -> {
                    for (String w : value.split(",")) {
                        countries.put(fold(w), key.strip());
                        countryWords.add(fold(w).split(" ")[0]);
                    }
                }
                case "ambiguous-signs" -> {
                    Set<String> others = new java.util.LinkedHashSet<>();
                    for (String c : value.substring(value.indexOf(';') + 1).split(",")) {
                        others.add(c.strip());
                    }
                    ambiguousSigns.put(key.strip().toLowerCase(java.util.Locale.ROOT), others);
                }
                case "units" -> {
                    for (String w : value.split(",")) {
                        units.put(fold(w), key.strip());
                    }
                }
                case "year-words" -> yearWords.addAll(keys);
                case "another" -> another.addAll(keys);
                case "not-counted" -> notCounted.addAll(keys);
                case "durations" -> durations.addAll(keys);
                case "span-words" -> spanWords.addAll(keys);
                case "count-words" -> countWords.addAll(keys);
                case "year-nouns" -> yearNouns.addAll(keys);
                case "clause-breaks" -> keys.forEach(k -> clauseBreaks.add(k.equals("<comma>") ? "," : k));
                default -> throw new IllegalStateException(file + ": unknown section [" + section + "]");
            }
        }
        // nationality + unit, in the language's order, each unit form with each adjective form
        for (String[] n : nationalities) {
            String[] p = n[1].split(";", 2);
            List<String> forms = unitWords.get(p[0].strip());
            if (forms == null) {
                throw new IllegalStateException(file + ": nationality of an unknown unit '" + p[0].strip() + "'");
            }
            if (!n[0].startsWith("?")) {
                unitCodes.computeIfAbsent(p[0].strip(), u -> new java.util.TreeSet<>()).add(n[0]);
            }
            for (String adjective : p[1].split(",")) {
                String stem = fold(adjective);
                for (String af : adjectiveForms) {
                    String a = af.replace("{}", stem);
                    for (String u : forms) {
                        currencies.put(after ? u + " " + a : a + " " + u, n[0]);
                    }
                }
            }
        }
        for (Map<String, ?> m : List.of(numbers, scales, currencies, units, approx, countries, minor)) {
            for (String k : m.keySet()) {
                longest = Math.max(longest, k.split(" ").length);
            }
        }
        for (Set<String> s : List.of(percent, yearWords, another, rangeBetween)) {
            for (String k : s) {
                longest = Math.max(longest, k.split(" ").length);
            }
        }
    }
}
