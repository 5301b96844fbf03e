package org.sentigrid.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;

/**
 * VADER sentiment scoring, reproducing vaderSentiment 3.3.2 ({@link EngineMode#VADER}) or NLTK 3.8.1
 * ({@link EngineMode#NLTK}) exactly. Immutable: one instance can be shared by any number of threads.
 */
public final class SentimentAnalyzer {
    /** Bumped whenever a change to the engine could change a score; part of the fingerprint. */
    static final String ENGINE_REVISION = "sentigrid-vader-1";

    private static final String VADER_LEXICON = "vader_lexicon.txt";
    private static final String VADER_EMOJI = "emoji_utf8_lexicon.txt";
    private static final String NLTK_LEXICON = "nltk_vader_lexicon.txt";

    private static final Map<EngineMode, SentimentAnalyzer> SHIPPED = Map.of(
            EngineMode.VADER, new SentimentAnalyzer(EngineMode.VADER, LexiconOverlay.empty()),
            EngineMode.NLTK, new SentimentAnalyzer(EngineMode.NLTK, LexiconOverlay.empty()));

    private final EngineMode mode;
    private final LexiconOverlay overlay;
    private final Tokenizer tokenizer;
    private final ValenceRules rules;
    private final Lexicon lexicon;
    private final String fingerprint;

    private SentimentAnalyzer(EngineMode mode, LexiconOverlay overlay) {
        this.mode = mode;
        this.overlay = overlay;
        String lexiconName = mode == EngineMode.VADER ? VADER_LEXICON : NLTK_LEXICON;
        this.lexicon = Lexicon.resource(lexiconName).with(overlay);
        this.tokenizer = mode == EngineMode.VADER
                ? new VaderTokenizer(Lexicon.emojiResource(VADER_EMOJI))
                : new NltkTokenizer();
        this.rules = new ValenceRules(ModeRules.of(mode), lexicon);
        this.fingerprint = fingerprint(mode, lexiconName, overlay);
    }

    /** The analyzer for a mode with the shipped lexicons (shared instances: building one reads the lexicon). */
    public static SentimentAnalyzer of(EngineMode mode) {
        return SHIPPED.get(Objects.requireNonNull(mode, "mode"));
    }

    /** The analyzer for a mode with the shipped lexicons plus the user's overlay. */
    public static SentimentAnalyzer of(EngineMode mode, LexiconOverlay overlay) {
        Objects.requireNonNull(mode, "mode");
        return overlay.isEmpty() ? of(mode) : new SentimentAnalyzer(mode, overlay);
    }

    public EngineMode mode() {
        return mode;
    }

    /** The user's words on top of the shipped lexicon (empty for the shipped analyzers). */
    public LexiconOverlay overlay() {
        return overlay;
    }

    /** Scores text as one unit. */
    public SentimentScores score(String text) {
        return analyze(text).scores();
    }

    /** Scores text as one unit and says which tokens moved the score and why. */
    public Explanation explain(String text) {
        Analysis a = analyze(text);
        List<TokenExplanation> tokens = new ArrayList<>(a.tokens.size());
        for (int k = 0; k < a.tokens.size(); k++) {
            double lexiconValence = a.unit.lexicon[k];
            Set<Rule> applied = EnumSet.noneOf(Rule.class);
            for (Rule rule : Rule.values()) {
                if ((a.masks[k] & ValenceRules.bit(rule)) != 0) {
                    applied.add(rule);
                }
            }
            if (a.tokens.fromEmoji()[k]) {
                applied.add(Rule.EMOJI);
            }
            tokens.add(new TokenExplanation(a.tokens.words()[k], a.tokens.starts()[k], a.tokens.ends()[k],
                    Double.isNaN(lexiconValence) ? OptionalDouble.empty() : OptionalDouble.of(lexiconValence),
                    a.sentiments[k], applied));
        }
        return new Explanation(a.scores(), tokens, a.emphasis);
    }

    /**
     * SHA-256 of the engine revision, the mode and every lexicon byte (and the overlay): two analyzers
     * with the same fingerprint give the same scores.
     */
    public String fingerprint() {
        return fingerprint;
    }

    private Analysis analyze(String text) {
        Objects.requireNonNull(text, "text");
        Tokens tokens = tokenizer.tokenize(text);
        ValenceRules.Unit unit = new ValenceRules.Unit(tokens.words(), lexicon);
        int[] masks = new int[tokens.size()];
        double[] sentiments = rules.valences(unit, masks);
        ButRule.apply(mode, unit.lower, sentiments, masks);
        return new Analysis(tokens, unit, sentiments, masks, ScoreSheet.punctuationEmphasis(tokens.text()));
    }

    private record Analysis(Tokens tokens, ValenceRules.Unit unit, double[] sentiments, int[] masks, double emphasis) {
        SentimentScores scores() {
            return ScoreSheet.score(sentiments, emphasis);
        }
    }

    private static String fingerprint(EngineMode mode, String lexiconName, LexiconOverlay overlay) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((ENGINE_REVISION + "\n" + mode.id() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(Lexicon.resourceBytes(lexiconName));
            if (mode == EngineMode.VADER) {
                digest.update(Lexicon.resourceBytes(VADER_EMOJI));
            }
            overlay.entries().forEach((word, valence) ->
                    digest.update((word + "\t" + valence + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
