package org.sentigrid.engine;

/** A VADER rule that changed a token's valence (or, for EMOJI, where the token came from). */
public enum Rule {
    /** A booster word before it ("very", "extremely") raised its intensity. */
    BOOSTER,
    /** A dampener before it ("kind of", "slightly") lowered its intensity. */
    DAMPENER,
    /** Written in ALL CAPS while other words are not. */
    ALL_CAPS,
    /** A negation before it ("not", "isn't", "never", "no") flipped and damped it. */
    NEGATION,
    /** Before a "but" (halved) or after it (times 1.5). */
    BUT,
    /** "least" before it (not "at least", "very least") flipped it. */
    LEAST,
    /** "never so" / "never this" (and "so"/"this" two words back) intensified it. */
    NEVER_SO,
    /** A special-case idiom ("the shit", "kiss of death", ...) set its valence. */
    IDIOM,
    /** The token is part of an emoji's description, which replaced the emoji (vader mode). */
    EMOJI
}
