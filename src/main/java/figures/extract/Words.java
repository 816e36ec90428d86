package figures.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The few words the figures reader knows as code (the rest are data: {@code en.lang}, {@code ar.lang}
 * and the relation cues, {@code relations-*.txt}), in the folded spelling of {@link Tokens} (ASCII lower case; Arabic
 * أ إ آ as ا, ة as ه, ى as ي). Arabic words may carry the prefixes و ف ب ل ك and the article ال.
 */
final class Words {
    private Words() {
    }

    /** A scale word that stands for one of itself when no number precedes it: مليار و400 مليون. */
    static final Set<String> BARE_SCALES = Set.of("الف", "مليون", "مليار", "تريليون", "الفا", "مليونا", "مليارا", "تريليونا", "ترليونا"); // and the accusative: ملياراً و200 مليون

    /** Words after a number that are not its unit: prepositions, conjunctions, articles. */
    static final Set<String> LINKS = Set.of("in", "to", "from", "and", "or", "of", "by", "at", "for", "on", "with", "than", "between",
            "the", "a", "an", "is", "was", "were", "i.e.", "that", "which", "while", "as", "since", "until", "during", "over", "more",
            "في", "الي", "من", "عام", "سنه", "و", "او", "اي", "عن", "علي", "حتي", "منذ", "مع", "ثم", "ما", "قدره", "بين", "خلال",
            "لتمويل", "سيتم", "تم", "كان", "كانت", "وكان", "وكانت", "اكثر");
    /** Words before a year. */
    static final Set<String> YEAR_CUES = Set.of("in", "since", "of", "by", "until", "till", "year", "during", "from", "to", "before",
            "after", "between", "and", "fiscal", "عام", "العام", "سنه", "السنه", "في", "منذ", "حتي", "خلال", "لعام", "بعام", "عامي");
    /** Words before a year that compare with it rather than date what comes before them. */
    static final Set<String> COMPARED = Set.of("عن", "مقابل", "than", "versus", "against");
    /** "the 2005 agreement": a year before the noun it dates, not a count of it. */
    static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "their", "his", "her");
    /** Words that join the two ends of a range or a span. */
    static final Set<String> JOINS = Set.of("and", "to", "or", "و", "الي", "او");
    static final Set<String> BETWEEN = Set.of("between", "بين");
    /** A range reader's words: "from A to B", a change's verbs and "by", which make "A to B" two figures, not a range. */
    static final Set<String> FROM = Set.of("from", "من");
    static final Set<String> RISE = Set.of("rose", "rise", "risen", "rising", "increased", "increase", "grew", "grown", "growth", "climbed",
            "jumped", "up", "doubled", "ارتفعت", "ارتفع", "ارتفاع", "زادت", "زاد", "ازدادت", "ازداد", "نمت", "نما", "قفزت", "قفز", "تضاعفت");
    static final Set<String> FALL = Set.of("fell", "fall", "fallen", "falling", "declined", "decline", "decreased", "decrease", "dropped",
            "drop", "down", "shrank", "shrunk", "انخفضت", "انخفض", "انخفاض", "تراجعت", "تراجع", "هبطت", "هبط", "تقلصت", "تقلص", "نقصت");
    static final Set<String> BY = Set.of("by", "بمقدار", "بنسبه", "بواقع");

    /** The stems of the words seen, each worked out once (an article's words are few; a long text's, in proportion to it). */
    private static final java.util.Map<String, Set<String>> STEMS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The spellings a folded word may stand for once its Arabic prefixes are taken off. */
    static Set<String> stems(String word) {
        Set<String> known = STEMS.get(word);
        if (known != null) {
            return known;
        }
        Set<String> out = java.util.Collections.unmodifiableSet(stemsOf(word));
        if (STEMS.size() < 1_000_000) {
            STEMS.put(word, out);
        }
        return out;
    }

    private static Set<String> stemsOf(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        if (word.isEmpty() || !Tokens.arabicLetter(word.charAt(0))) {
            return out;
        }
        for (String w : Set.copyOf(out)) {
            if ((w.startsWith("و") || w.startsWith("ف")) && w.length() > 2) {
                out.add(w.substring(1));
            }
        }
        for (String w : Set.copyOf(out)) {
            // the future particle on a verb: سيتبقى (will remain), ستنخفض (will fall)
            if (w.startsWith("س") && w.length() > 3 && "يتنا".indexOf(w.charAt(1)) >= 0) {
                out.add(w.substring(1));
            }
        }
        for (String w : Set.copyOf(out)) {
            if ((w.startsWith("ب") || w.startsWith("ل") || w.startsWith("ك")) && w.length() > 2) {
                out.add(w.substring(1));
            }
        }
        for (String w : Set.copyOf(out)) {
            if (w.startsWith("لل") && w.length() > 3) {
                out.add(w.substring(2));
                out.add("ال" + w.substring(2)); // للأردن: ل + الأردن, the article's alef dropped after the lam
            }
            if (w.startsWith("ال") && w.length() > 3) {
                out.add(w.substring(2));
            }
        }
        return out;
    }

    /** The pronouns joined to the end of an Arabic noun or verb, in the folded spelling (ه is also the folded ة). */
    private static final List<String> PRONOUNS = List.of("هما", "ها", "هم", "ه");

    private static final java.util.Map<String, Set<String>> CUE_STEMS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The stems of a word as a relation cue reads them: {@link #stems}, and for a verb in the imperfect the
     * past form a cue file lists (يرتفع، ترتفع → ارتفع; يتراجع → تراجع; تنخفض → انخفض; يهبط → هبط): the
     * prefix ي or ت taken off, and an alef put back for the derived forms that open with one. So a cue
     * file lists a verb once, in the past, and the text may use it in any tense.
     */
    static Set<String> cueStems(String word) {
        Set<String> known = CUE_STEMS.get(word);
        if (known != null) {
            return known;
        }
        Set<String> out = new LinkedHashSet<>(stems(word));
        for (String w : Set.copyOf(out)) {
            // a pronoun joined to a noun: إعفاءه (its write-off), ديونها (its debts); at least four letters are left
            for (String suffix : PRONOUNS) {
                if (Tokens.arabicLetter(w.charAt(0)) && w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                    out.add(w.substring(0, w.length() - suffix.length()));
                }
            }
        }
        for (String w : Set.copyOf(out)) {
            if ((w.startsWith("ي") || w.startsWith("ت")) && w.length() >= 4) {
                out.add(w.substring(1));
                out.add("ا" + w.substring(1));
            }
        }
        Set<String> result = java.util.Collections.unmodifiableSet(out);
        if (CUE_STEMS.size() < 1_000_000) {
            CUE_STEMS.put(word, result);
        }
        return result;
    }

    /** Whether a folded word, or one of its stems, is in the set. */
    static boolean in(Set<String> set, String word) {
        for (String s : stems(word)) {
            if (set.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
