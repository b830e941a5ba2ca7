package dev.assetsync.stage.rewrite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds ES module specifiers: {@code import … from 'x'}, {@code import 'x'}, {@code export … from 'x'} and
 * {@code import('x')}. Only relative ({@code ./}, {@code ../}) and root-relative specifiers count; bare ones
 * ({@code lodash}) are resolved by an import map or bundler, not by URL.
 *
 * <p>A light tokenizer, not a parser: it skips strings, comments, template literals (with nested
 * {@code ${…}}) and regular expression literals, so keywords inside them are not taken for imports. Whether a
 * {@code /} starts a regular expression is decided from the previous token, the usual heuristic. One instance
 * scans one file.
 */
final class JsImportScanner {

    /** Keywords after which an expression, and therefore a regular expression literal, may start. */
    private static final List<byte[]> EXPRESSION_KEYWORDS = ascii("return", "typeof", "instanceof", "in", "of",
            "new", "delete", "void", "throw", "case", "do", "else", "yield", "await");

    /** Keywords whose parenthesised condition may be followed by a regular expression: {@code if (a) /x/.test(b)}. */
    private static final List<byte[]> CONTROL_KEYWORDS = ascii("if", "while", "for", "with");

    private static final byte[] IMPORT = "import".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] EXPORT = "export".getBytes(StandardCharsets.US_ASCII);

    private final byte[] js;

    private final ReferenceRanges out;

    private int pos;

    private boolean regexAllowed = true;

    private boolean afterDot;

    private boolean afterControlKeyword;

    private int braceDepth;

    /** For each open parenthesis, whether it holds the condition of a control keyword. */
    private final Deque<Boolean> parentheses = new ArrayDeque<>();

    /** Brace depth at which each open {@code ${} of a template literal closes. */
    private final Deque<Integer> templateDepths = new ArrayDeque<>();

    JsImportScanner(byte[] js, ReferenceRanges out) {
        this.js = js;
        this.out = out;
    }

    void run() {
        while (pos < js.length) {
            step(js[pos]);
        }
    }

    private void step(byte b) {
        if (Bytes.isWhitespace(b)) {
            pos++;
        }
        else if (b == '/') {
            slash();
        }
        else if (b == '"' || b == '\'') {
            pos = Bytes.skipString(js, pos);
            operand();
        }
        else if (b == '`') {
            pos = template(pos + 1);
        }
        else if (b == '}' && !templateDepths.isEmpty() && templateDepths.peek() == braceDepth) {
            templateDepths.pop();
            pos = template(pos + 1);
        }
        else if (b == '\\' || Bytes.isJsNameByte(b)) {
            name();
        }
        else {
            punctuator(b);
        }
    }

    private void punctuator(byte b) {
        braceDepth += b == '{' ? 1 : b == '}' ? -1 : 0;
        if (b == '(') {
            parentheses.push(afterControlKeyword);
        }
        boolean closesCondition = b == ')' && !parentheses.isEmpty() && parentheses.pop();
        // a '}' more often ends a block than an object literal, so a '/' after it starts a regex
        regexAllowed = (b != ')' && b != ']') || closesCondition;
        afterDot = b == '.';
        afterControlKeyword = false;
        pos++;
    }

    private void operand() {
        regexAllowed = false;
        afterDot = false;
        afterControlKeyword = false;
    }

    private void slash() {
        byte next = pos + 1 < js.length ? js[pos + 1] : 0;
        if (next == '/') {
            while (pos < js.length && js[pos] != '\n') {
                pos++;
            }
        }
        else if (next == '*') {
            pos = Bytes.skipBlockComment(js, pos + 2);
        }
        else if (regexAllowed) {
            pos = regexEnd(pos + 1);
            operand();
        }
        else {
            punctuator((byte) '/');
        }
    }

    private int regexEnd(int from) {
        boolean inClass = false;
        int i = from;
        while (i < js.length) {
            byte b = js[i];
            if (b == '\\') {
                i += 2;
                continue;
            }
            if (b == '\n') {
                return i;
            }
            if (b == '/' && !inClass) {
                i++;
                while (i < js.length && Bytes.isJsNameByte(js[i])) {
                    i++;
                }
                return i;
            }
            inClass = b == '[' || (inClass && b != ']');
            i++;
        }
        return js.length;
    }

    /** Scans template text from {@code from}; stops after the closing backtick or after an opening {@code ${}. */
    private int template(int from) {
        int i = from;
        while (i < js.length) {
            byte b = js[i];
            if (b == '\\') {
                i += 2;
            }
            else if (b == '`') {
                operand();
                return i + 1;
            }
            else if (b == '$' && i + 1 < js.length && js[i + 1] == '{') {
                templateDepths.push(braceDepth);
                regexAllowed = true;
                afterDot = false;
                afterControlKeyword = false;
                return i + 2;
            }
            else {
                i++;
            }
        }
        return js.length;
    }

    private void name() {
        int start = pos;
        while (pos < js.length && (js[pos] == '\\' || Bytes.isJsNameByte(js[pos]))) {
            pos += js[pos] == '\\' ? 2 : 1;
        }
        pos = Math.min(pos, js.length);
        boolean member = afterDot;
        if (!member && (is(start, IMPORT) || is(start, EXPORT))) {
            clause(pos, is(start, IMPORT));
        }
        regexAllowed = !member && isOneOf(start, EXPRESSION_KEYWORDS);
        afterControlKeyword = !member && isOneOf(start, CONTROL_KEYWORDS);
        afterDot = false;
    }

    /** Whether the name {@code [start, pos)} is one of the words; compares bytes, as this runs for every name. */
    private boolean isOneOf(int start, List<byte[]> words) {
        for (byte[] word : words) {
            if (is(start, word)) {
                return true;
            }
        }
        return false;
    }

    private boolean is(int start, byte[] word) {
        return pos - start == word.length && Arrays.equals(js, start, pos, word, 0, word.length);
    }

    private static List<byte[]> ascii(String... words) {
        return Stream.of(words).map(word -> word.getBytes(StandardCharsets.US_ASCII)).toList();
    }

    /** Reads what follows an {@code import} or {@code export} keyword and records its module specifier, if any. */
    private void clause(int from, boolean isImport) {
        Token token = token(from);
        if (isImport && token.isString()) {
            specifier(token);
            return;
        }
        if (isImport && isPunct(token, '(')) {
            Token argument = token(token.end());
            Token after = argument.isString() ? token(argument.end()) : argument;
            if (argument.isString() && (isPunct(after, ')') || isPunct(after, ','))) {
                specifier(argument);
            }
            return;
        }
        boolean clauseStart = isPunct(token, '{') || isPunct(token, '*') || (isImport && token.kind() == Kind.NAME);
        while (clauseStart && token.kind() != Kind.END) {
            if (isName(token, "from")) {
                Token next = token(token.end());
                if (next.isString()) {
                    specifier(next);
                    return;
                }
                token = next;
            }
            else if (isName(token, "import") || isName(token, "export")) {
                return;
            }
            else if (token.kind() == Kind.NAME || token.isString() || isPunct(token, '{') || isPunct(token, '}')
                    || isPunct(token, ',') || isPunct(token, '*')) {
                token = token(token.end());
            }
            else {
                return;
            }
        }
    }

    private void specifier(Token string) {
        int start = string.start() + 1;
        int end = string.end() - 1;
        for (int i = start; i < end; i++) {
            if (js[i] == '\\') {
                return; // escapes would have to be decoded to find the file; such specifiers are left alone
            }
        }
        boolean relative = Bytes.startsWith(js, start, "./") || Bytes.startsWith(js, start, "../");
        boolean rootRelative = Bytes.startsWith(js, start, "/") && !Bytes.startsWith(js, start, "//");
        if (end > start && (relative || rootRelative)) {
            out.add(start, end);
        }
    }

    private Token token(int from) {
        int i = from;
        while (i < js.length) {
            byte b = js[i];
            if (Bytes.isWhitespace(b)) {
                i++;
            }
            else if (b == '/' && i + 1 < js.length && js[i + 1] == '/') {
                while (i < js.length && js[i] != '\n') {
                    i++;
                }
            }
            else if (b == '/' && i + 1 < js.length && js[i + 1] == '*') {
                i = Bytes.skipBlockComment(js, i + 2);
            }
            else {
                break;
            }
        }
        if (i >= js.length) {
            return new Token(Kind.END, i, i);
        }
        byte b = js[i];
        if (b == '"' || b == '\'') {
            int end = Bytes.stringEnd(js, i);
            return Bytes.isClosedAt(js, i, end) ? new Token(Kind.STRING, i, end + 1) : new Token(Kind.END, end, end);
        }
        if (Bytes.isJsNameByte(b)) {
            int end = i;
            while (end < js.length && Bytes.isJsNameByte(js[end])) {
                end++;
            }
            return new Token(Kind.NAME, i, end);
        }
        return new Token(Kind.PUNCT, i, i + 1);
    }

    private enum Kind {
        NAME, STRING, PUNCT, END
    }

    private boolean isPunct(Token token, char c) {
        return token.kind() == Kind.PUNCT && js[token.start()] == c;
    }

    private boolean isName(Token token, String word) {
        return token.kind() == Kind.NAME && token.end() - token.start() == word.length()
                && Bytes.startsWith(js, token.start(), word);
    }

    /** A token of an import clause; a string's range includes its quotes. */
    private record Token(Kind kind, int start, int end) {

        boolean isString() {
            return kind == Kind.STRING;
        }
    }
}
