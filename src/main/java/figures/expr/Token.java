package figures.expr;

/** One token of an expression, with its place in the text (0-based, end exclusive). */
record Token(Kind kind, String text, int start, int end) {
    enum Kind {
        NUMBER, WORD, SYMBOL, STRING, SPAN, PERCENT, AT, PLUS, MINUS, STAR, SLASH, CARET, LPAREN, RPAREN, LBRACE, RBRACE, COMMA, DOT, EQUALS, EOF
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** A word, compared case-insensitively ({@code in}, {@code of}). */
    boolean isWord(String w) {
        return kind == Kind.WORD && text.equalsIgnoreCase(w);
    }

    /** How the token reads in a message. */
    String describe() {
        return kind == Kind.EOF ? "end of expression" : "'" + text + "'";
    }
}
