package org.sentigrid.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.Rule;
import org.sentigrid.engine.TokenExplanation;

class ExplanationFormatTest {
    private static TokenExplanation token(String text, OptionalDouble lexicon, double valence, Rule... rules) {
        return new TokenExplanation(text, 0, text.length(), lexicon, valence, Set.of(rules));
    }

    private static String compact(double punctuation, TokenExplanation... tokens) {
        return ExplanationFormat.compact(new Explanation(SentimentScores.EMPTY, List.of(tokens), punctuation));
    }

    @Test
    void plainTokensStandAsTheyAre() {
        assertThat(compact(0, token("the", OptionalDouble.empty(), 0), token("food", OptionalDouble.empty(), 0)))
                .isEqualTo("the food");
    }

    @Test
    void lexiconWordsShowTheirValence() {
        assertThat(compact(0, token("good", OptionalDouble.of(1.9), 1.9), token("bad", OptionalDouble.of(-2.5), -2.5)))
                .isEqualTo("good(+1.9) bad(-2.5)");
    }

    @Test
    void changedValencesShowLexiconValenceArrowValenceAndRulesInEnumOrder() {
        assertThat(compact(0,
                token("not", OptionalDouble.empty(), 0),
                token("very", OptionalDouble.empty(), 0),
                token("GOOD", OptionalDouble.of(1.9), -2.16542, Rule.NEGATION, Rule.ALL_CAPS, Rule.BOOSTER)))
                .isEqualTo("not very GOOD(+1.9\u2192-2.165 booster all_caps negation)");
    }

    @Test
    void wordsOutsideTheLexiconThatGotAValenceHaveAnEmptyLexiconValence() {
        assertThat(compact(0, token("death", OptionalDouble.empty(), -1.5, Rule.IDIOM)))
                .isEqualTo("death(\u2192-1.5 idiom)");
    }

    @Test
    void aValenceZeroedWithoutARuleStillShowsTheChange() {
        assertThat(compact(0, token("kind", OptionalDouble.of(2.4), 0))).isEqualTo("kind(+2.4\u21920)");
    }

    @Test
    void punctuationEmphasisComesLast() {
        assertThat(compact(0.584, token("wow", OptionalDouble.of(2.8), 2.8))).isEqualTo("wow(+2.8) punctuation(+0.584)");
        assertThat(compact(0.292)).isEqualTo("punctuation(+0.292)");
        assertThat(compact(0)).isEmpty();
    }

    @Test
    void ruleIdsAreLowerCaseEnumNames() {
        assertThat(ExplanationFormat.ruleIds(token("x", OptionalDouble.of(1), 2, Rule.NEVER_SO, Rule.BUT)))
                .containsExactly("but", "never_so");
    }
}
