package org.sentigrid.grid;

import java.util.Random;

/** Review-like input for the grid tests that run real processes. */
public final class Reviews {
    private Reviews() {
    }

    /** Review-like lines from a fixed seed: the same text on every run. */
    public static String lines(int lines) {
        String[] openers = {"The plot", "This phone", "Our waiter", "The ending", "Battery life", "The hotel", "Support"};
        String[] verbs = {"was", "is", "felt", "seemed", "is not", "was never so", "is kind of"};
        String[] words = {"good", "terrible", "AMAZING", "bad", "okay", "great!!", "awful :(", "nice :)", "boring",
            "fantastic 😀", "not bad", "the shit", "horrible", "lovely"};
        String[] tails = {"", " but the price was high", " and I loved it", ", honestly.", "!!!", "??", " at least"};
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(lines * 48);
        for (int i = 0; i < lines; i++) {
            text.append(openers[random.nextInt(openers.length)]).append(' ')
                    .append(verbs[random.nextInt(verbs.length)]).append(' ')
                    .append(words[random.nextInt(words.length)])
                    .append(tails[random.nextInt(tails.length)]).append(" #").append(i).append('\n');
        }
        return text.toString();
    }
}
