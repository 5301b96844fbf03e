package org.sentigrid.format;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.TokenExplanation;

/**
 * How explanations are written. The compact form (CSV and TSV) lists the tokens in order, separated
 * by spaces: a token that adds nothing as it is, a lexicon word with its valence {@code good(+1.9)},
 * and a token whose valence rules changed as {@code token(LEXICON→VALENCE rule rule)}, where LEXICON
 * is empty for words outside the lexicon. Emphasis from "!" and "?" closes the list as
 * {@code punctuation(+0.584)}. Example: {@code the food was not very good(+1.9→-1.623 booster negation)}.
 */
final class ExplanationFormat {
    private ExplanationFormat() {
    }

    /** The compact, human-readable form described above. */
    static String compact(Explanation explanation) {
        StringJoiner joined = new StringJoiner(" ");
        for (TokenExplanation token : explanation.tokens()) {
            joined.add(compact(token));
        }
        if (explanation.punctuationEmphasis() != 0) {
            joined.add("punctuation(" + signed(explanation.punctuationEmphasis()) + ")");
        }
        return joined.toString();
    }

    /** The rules that changed a token, as lower-case ids ({@code all_caps}) in the enum's order. */
    static List<String> ruleIds(TokenExplanation token) {
        return token.rules().stream()
                .sorted(Comparator.naturalOrder())
                .map(rule -> rule.name().toLowerCase(Locale.ROOT))
                .toList();
    }

    private static String compact(TokenExplanation token) {
        OptionalDouble lexicon = token.lexiconValence();
        boolean unchanged = token.rules().isEmpty()
                && token.valence() == lexicon.orElse(0);
        if (unchanged && lexicon.isEmpty()) {
            return token.token();
        }
        String base = lexicon.isPresent() ? signed(lexicon.getAsDouble()) : "";
        if (unchanged) {
            return token.token() + "(" + base + ")";
        }
        StringJoiner changed = new StringJoiner(" ", token.token() + "(" + base + "\u2192", ")");
        changed.add(signed(token.valence()));
        ruleIds(token).forEach(changed::add);
        return changed.toString();
    }

    private static String signed(double value) {
        BigDecimal rounded = Decimals.valence(value);
        return rounded.signum() > 0 ? "+" + rounded.toPlainString() : rounded.toPlainString();
    }
}
