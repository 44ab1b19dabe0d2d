package org.annals.archive;

import java.util.Locale;

/**
 * What is wrong with a search the query parser refused, said in words for the person who typed it: a quote or a
 * bracket left open, an operator with nothing after it, a field name with nothing after its colon. The parser's own
 * message (its tokens and line and column) is no help to a historian; it goes to no one. Stateless.
 */
public final class QueryProblems {

    /** What every query may use, and how to search a sign as it is. */
    static final String HINT = "Words are searched as they are; AND, OR, NOT, quotes for a phrase, parentheses, a field"
            + " and a colon (title:Yalu), * and ? as wildcards have a meaning: put a sign in quotes to search it as"
            + " written.";

    private QueryProblems() {
    }

    /** The problem of a refused query in one sentence, then the hint. */
    public static String explain(String query) {
        return "The search '" + query.strip() + "' cannot be read: " + problem(query) + ". " + HINT;
    }

    static String problem(String query) {
        String q = query.strip();
        int quotes = 0;
        int round = 0;
        int square = 0;
        int curly = 0;
        boolean escaped = false;
        boolean inQuotes = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (escaped) {
                escaped = false;
                continue;
            }
            if (c == '\\') {
                escaped = true;
                continue;
            }
            if (c == '"') {
                quotes++;
                inQuotes = !inQuotes;
                continue;
            }
            if (inQuotes) {
                continue;
            }
            switch (c) {
                case '(' -> round++;
                case ')' -> round--;
                case '[' -> square++;
                case ']' -> square--;
                case '{' -> curly++;
                case '}' -> curly--;
                default -> {
                }
            }
            if (round < 0) {
                return "a closing parenthesis ')' has no opening one before it";
            }
        }
        if (escaped) {
            return "it ends with a backslash, which stands for the sign after it";
        }
        if (quotes % 2 != 0) {
            return "a quote opens a phrase that no quote closes";
        }
        if (round > 0) {
            return "a parenthesis '(' is not closed";
        }
        if (square != 0 || curly != 0) {
            return "a range in brackets ([a TO b] or {a TO b}) is not complete";
        }
        String upper = q.toUpperCase(Locale.ROOT);
        if (upper.endsWith(" AND") || upper.endsWith(" OR") || upper.endsWith(" NOT") || upper.equals("AND")
                || upper.equals("OR") || upper.equals("NOT") || q.endsWith("&&") || q.endsWith("||")
                || q.endsWith("!") || q.endsWith("+") || q.endsWith("-")) {
            return "it ends with an operator (AND, OR, NOT, +, -) that has nothing after it";
        }
        if (upper.startsWith("AND ") || upper.startsWith("OR ")) {
            return "it begins with an operator (AND, OR) that has nothing before it";
        }
        if (q.endsWith(":") || q.contains(": ") || q.startsWith(":")) {
            return "a colon (as in title:Yalu) has no field before it or no words after it";
        }
        if (q.startsWith("*") || q.startsWith("?") || q.contains(" *") || q.contains(" ?")) {
            return "a word begins with a wildcard (* or ?), which is not allowed";
        }
        if (q.endsWith("~") || q.endsWith("^")) {
            return "it ends with ~ or ^, which need a number or a word before them";
        }
        return "a sign in it has a meaning in searches that does not fit here";
    }
}
