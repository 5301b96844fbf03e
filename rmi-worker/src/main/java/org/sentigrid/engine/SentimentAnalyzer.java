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
import org.sentigrid.api.grid.JobSettings;

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
        ModeRules modeRules = ModeRules.of(mode, overlay);
        Vocabulary vocabulary = new Vocabulary(lexicon, modeRules);
        this.tokenizer = mode == EngineMode.VADER
                ? new VaderTokenizer(Lexicon.emojiResource(VADER_EMOJI), vocabulary)
                : new NltkTokenizer(vocabulary);
        this.rules = new ValenceRules(modeRules, lexicon);
        this.fingerprint = fingerprint(mode, lexiconName, overlay);
    }

    static Lexicon shippedLexicon(EngineMode mode) {
        return Lexicon.resource(mode == EngineMode.VADER ? VADER_LEXICON : NLTK_LEXICON);
    }

    static Map<Integer, String> emojiDescriptions() {
        return Lexicon.emojiResource(VADER_EMOJI);
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

    /** The analyzer that scores as {@code settings} say (a job's, as a worker receives them). */
    public static SentimentAnalyzer of(JobSettings settings) {
        String[] words = settings.overlayWords();
        double[] valences = settings.overlayValences();
        byte[] kinds = settings.overlayKinds();
        LexiconOverlay overlay = LexiconOverlay.empty();
        for (int i = 0; i < words.length; i++) {
            overlay = overlay.with(words[i], switch (kinds[i]) {
                case JobSettings.BOOSTER -> LexiconOverlay.Kind.BOOSTER.keyword();
                case JobSettings.DAMPENER -> LexiconOverlay.Kind.DAMPENER.keyword();
                case JobSettings.REMOVE -> LexiconOverlay.Kind.REMOVE.keyword();
                default -> Double.toString(valences[i]);
            });
        }
        return of(settings.mode(), overlay);
    }

    /** What a worker needs to score as this analyzer does: the mode and the overlay, as data. */
    public JobSettings jobSettings() {
        int size = overlay.entries().size();
        String[] words = new String[size];
        double[] valences = new double[size];
        byte[] kinds = new byte[size];
        int i = 0;
        for (Map.Entry<String, LexiconOverlay.Entry> entry : overlay.entries().entrySet()) {
            words[i] = entry.getKey();
            valences[i] = entry.getValue().valence();
            kinds[i] = switch (entry.getValue().kind()) {
                case WORD, IDIOM -> JobSettings.VALENCE;
                case BOOSTER -> JobSettings.BOOSTER;
                case DAMPENER -> JobSettings.DAMPENER;
                case REMOVE -> JobSettings.REMOVE;
            };
            i++;
        }
        return new JobSettings(mode, words, valences, kinds);
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
        Objects.requireNonNull(text, "text");
        Tokens tokens = tokenizer.tokenize(text, false);
        double[] sentiments = sentiments(tokens, new int[tokens.size]);
        return ScoreSheet.score(sentiments, ScoreSheet.punctuationEmphasis(tokens.text));
    }

    /** Scores text as one unit and says which tokens moved the score and why. */
    public Explanation explain(String text) {
        Objects.requireNonNull(text, "text");
        Tokens tokens = tokenizer.tokenize(text, true);
        int[] masks = new int[tokens.size];
        double[] sentiments = sentiments(tokens, masks);
        double emphasis = ScoreSheet.punctuationEmphasis(tokens.text);
        List<TokenExplanation> explained = new ArrayList<>(tokens.size);
        for (int k = 0; k < tokens.size; k++) {
            double lexiconValence = tokens.lexicon[k];
            Set<Rule> applied = EnumSet.noneOf(Rule.class);
            for (Rule rule : Rule.values()) {
                if ((masks[k] & ValenceRules.bit(rule)) != 0) {
                    applied.add(rule);
                }
            }
            if (tokens.fromEmoji != null && tokens.fromEmoji[k]) {
                applied.add(Rule.EMOJI);
            }
            explained.add(new TokenExplanation(tokens.words[k], tokens.starts[k], tokens.ends[k],
                    Double.isNaN(lexiconValence) ? OptionalDouble.empty() : OptionalDouble.of(lexiconValence),
                    sentiments[k], applied));
        }
        return new Explanation(ScoreSheet.score(sentiments, emphasis), explained, emphasis);
    }

    /**
     * SHA-256 of the engine revision, the mode and every lexicon byte (and the overlay): two analyzers
     * with the same fingerprint give the same scores.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** Each token's valence after every rule; {@code masks[k]} gets a bit per {@link Rule} that changed token k. */
    private double[] sentiments(Tokens tokens, int[] masks) {
        double[] sentiments = rules.valences(tokens, masks);
        ButRule.apply(mode, tokens.firstBut, sentiments, masks);
        return sentiments;
    }

    private static String fingerprint(EngineMode mode, String lexiconName, LexiconOverlay overlay) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((ENGINE_REVISION + "\n" + mode.id() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(Lexicon.resourceBytes(lexiconName));
            if (mode == EngineMode.VADER) {
                digest.update(Lexicon.resourceBytes(VADER_EMOJI));
            }
            overlay.entries().forEach((word, entry) -> digest.update((word + "\t" + (entry.kind() == LexiconOverlay.Kind.WORD
                    ? String.valueOf(entry.valence()) : entry.kind() + "\t" + entry.valence()) + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
