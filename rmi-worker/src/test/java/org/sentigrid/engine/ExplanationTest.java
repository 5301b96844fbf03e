package org.sentigrid.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;

class ExplanationTest {
    private final SentimentAnalyzer vader = SentimentAnalyzer.of(EngineMode.VADER);
    private final SentimentAnalyzer nltk = SentimentAnalyzer.of(EngineMode.NLTK);

    @Test
    void eachTokenCarriesItsLexiconValenceFinalValenceAndSpan() {
        String text = "The food was very good!";
        Explanation explanation = vader.explain(text);
        assertThat(explanation.scores()).isEqualTo(vader.score(text));
        assertThat(explanation.tokens()).extracting(TokenExplanation::token)
                .containsExactly("The", "food", "was", "very", "good");
        TokenExplanation good = token(explanation, "good");
        assertThat(good.lexiconValence()).hasValue(1.9);
        assertThat(good.valence()).isEqualTo(1.9 + 0.293);
        assertThat(good.rules()).containsExactly(Rule.BOOSTER);
        assertThat(text.substring(good.start(), good.end())).isEqualTo("good");
        assertThat(token(explanation, "food").lexiconValence()).isEmpty();
        assertThat(explanation.punctuationEmphasis()).isEqualTo(0.292);
    }

    @Test
    void rulesAreNamed() {
        assertThat(rulesOf(vader, "It is not good", "good")).containsExactly(Rule.NEGATION);
        assertThat(rulesOf(vader, "It is kind of good", "good")).containsExactly(Rule.DAMPENER);
        assertThat(rulesOf(vader, "the food is GOOD here", "GOOD")).containsExactly(Rule.ALL_CAPS);
        assertThat(rulesOf(vader, "good food but awful service", "good")).containsExactly(Rule.BUT);
        assertThat(rulesOf(vader, "good food but awful service", "awful")).containsExactly(Rule.BUT);
        assertThat(rulesOf(vader, "the least compelling film", "compelling")).containsExactly(Rule.LEAST);
        assertThat(rulesOf(vader, "it was never so good", "good")).containsExactlyInAnyOrder(Rule.NEVER_SO, Rule.BOOSTER);
        assertThat(rulesOf(vader, "that film is the shit", "shit")).contains(Rule.IDIOM);
        assertThat(rulesOf(nltk, "No complaints here", "complaints")).isEmpty();
        assertThat(rulesOf(vader, "No complaints here", "complaints")).containsExactly(Rule.NEGATION);
    }

    @Test
    void emojiAreExplainedByTheirDescriptionWordsAndPointAtTheEmoji() {
        String text = "Lunch 😀 today";
        Explanation explanation = vader.explain(text);
        assertThat(explanation.tokens()).extracting(TokenExplanation::token)
                .containsExactly("Lunch", "grinning", "face", "today");
        TokenExplanation grinning = token(explanation, "grinning");
        assertThat(grinning.rules()).containsExactly(Rule.EMOJI);
        assertThat(text.substring(grinning.start(), grinning.end())).isEqualTo("😀");
        TokenExplanation today = token(explanation, "today");
        assertThat(today.rules()).isEmpty();
        assertThat(text.substring(today.start(), today.end())).isEqualTo("today");
    }

    @Test
    void strippedPunctuationIsOutsideTheTokenSpan() {
        String text = "\"Wonderful,\" she said.";
        for (SentimentAnalyzer analyzer : List.of(vader, nltk)) {
            for (TokenExplanation token : analyzer.explain(text).tokens()) {
                assertThat(text.substring(token.start(), token.end())).isEqualTo(token.token());
            }
        }
        assertThat(token(vader.explain(text), "Wonderful").lexiconValence()).isPresent();
    }

    private static Set<Rule> rulesOf(SentimentAnalyzer analyzer, String text, String word) {
        return token(analyzer.explain(text), word).rules();
    }

    private static TokenExplanation token(Explanation explanation, String word) {
        return explanation.tokens().stream().filter(t -> t.token().equals(word)).findFirst().orElseThrow();
    }
}
