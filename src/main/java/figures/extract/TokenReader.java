package figures.extract;

import figures.extract.Tokens.Token;
import figures.model.Currency;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tokens of an article cut into sentences and clauses, and the words around a token: what every
 * part of the figures reader ({@link NumberReader}, {@link UnitReader}, {@link FigureReader}, {@link FigureFinder}) stands on.
 */
abstract class TokenReader {
    final List<Token> tokens;
    final List<FigureFinder.Sentence> sentences = new ArrayList<>();
    final int[] sentenceOf;
    final List<FigureFinder.Spot> spots = new ArrayList<>();
    final String original;
    final int[] clauseOf;

    TokenReader(String original) {
        this.original = original;
        this.tokens = Tokens.of(original);
        this.sentenceOf = new int[tokens.size()];
        this.clauseOf = new int[tokens.size()];
    }

    static final Lexicon L = Lexicon.WORDS;

    /** The index of the sentence token {@code token} stands in (the last sentence past the end). */
    int sentenceAt(int token) {
        return token >= 0 && token < sentenceOf.length ? sentenceOf[token] : sentences.size() - 1;
    }

    void splitSentences() {
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > from && t.paragraphBefore()) {
                addSentence(from, i);
                from = i;
            }
            sentenceOf[i] = sentences.size();
            if (t.kind() == Tokens.Kind.SIGN && (t.is(".") || t.is("!") || t.is("?") || t.is("\u061F"))) {
                addSentence(from, i + 1);
                from = i + 1;
            }
        }
        if (from < tokens.size()) {
            addSentence(from, tokens.size());
        }
    }

    void addSentence(int from, int to) {
        for (int i = from; i < to; i++) {
            sentenceOf[i] = sentences.size();
        }
        sentences.add(new FigureFinder.Sentence(sentences.size(), tokens.get(from).start(), tokens.get(to - 1).end(), from, to));
    }

    /** Clauses: a sentence cut at commas, semicolons and clause words ("while", "and", "بينما"). */
    void splitClauses() {
        int c = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if ((i > 0 && sentenceOf[i] != sentenceOf[i - 1]) || L.clauseBreaks.contains(t.text())) {
                c++;
            }
            clauseOf[i] = c;
        }
    }

    Token numberAt(int i) {
        return i < tokens.size() && tokens.get(i).isNumber() ? tokens.get(i) : null;
    }

    boolean word(int i, String w) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord() && tokens.get(i).is(w);
    }

    boolean sign(int i, String s) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Tokens.Kind.SIGN && tokens.get(i).is(s);
    }

    boolean sameSentence(int a, int b) {
        return a >= 0 && b < tokens.size() && sentenceOf[a] == sentenceOf[b];
    }

    /** Whether token b starts right where token a ends. */
    boolean touching(int a, int b) {
        return a >= 0 && b < tokens.size() && tokens.get(a).end() == tokens.get(b).start();
    }

    static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    String text(int from, int to) {
        return SPACES.matcher(original.substring(tokens.get(from).start(), tokens.get(to - 1).end())).replaceAll(" ");
    }

    /** The n words from j joined by spaces, exactly as folded, or null when there are not n words there. */
    String phrase(int j, int n) {
        if (j < 0 || j + n > tokens.size()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int k = j; k < j + n; k++) {
            if (!tokens.get(k).isWord()) {
                return null;
            }
            b.append(k > j ? " " : "").append(tokens.get(k).text());
        }
        return b.toString();
    }

    /** The n-word phrases at j, the first word also without its Arabic prefixes. */
    Set<String> phrases(int j, int n) {
        Set<String> out = new LinkedHashSet<>();
        String exact = phrase(j, n);
        if (exact == null) {
            return out;
        }
        String rest = n == 1 ? "" : exact.substring(exact.indexOf(' '));
        for (String stem : Words.stems(tokens.get(j).text())) {
            out.add(stem + rest);
        }
        return out;
    }
}
