package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per kind of sentence boundary that segmenters are judged on (the kinds of the Pragmatic
 * Segmenter's English "Golden Rules", plus this project's own), each written for this project. Every
 * case asserts the exact sentences and that each one's offsets point at it in the input. Why each rule
 * is as it is: docs/decisions/sentence-splitting.md.
 */
class SentenceSplitterRulesTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                kind("a period ends a sentence", "The soup was cold. The bread was fresh.",
                        "The soup was cold.", "The bread was fresh."),
                kind("a question mark ends a sentence", "Where did the waiter go? We waited an hour.",
                        "Where did the waiter go?", "We waited an hour."),
                kind("an exclamation mark ends a sentence", "What a view! We stayed till dusk.",
                        "What a view!", "We stayed till dusk."),
                kind("an initial after a name", "The chef is Maria K. Lopez.",
                        "The chef is Maria K. Lopez."),
                kind("a one-letter lower-case abbreviation before a number", "The recipe is on p. 112.",
                        "The recipe is on p. 112."),
                kind("a lower-case abbreviation inside a sentence", "Did Sam and co. enjoy the show?",
                        "Did Sam and co. enjoy the show?"),
                kind("a capitalized abbreviation inside a sentence", "We ordered from Hart, Ross & Co. last week.",
                        "We ordered from Hart, Ross & Co. last week."),
                kind("a lower-case abbreviation ending a sentence", "Ask Priya and co. They were there too.",
                        "Ask Priya and co.", "They were there too."),
                kind("a capitalized abbreviation ending a sentence", "We ordered from Hart, Ross & Co. It arrived late.",
                        "We ordered from Hart, Ross & Co.", "It arrived late."),
                kind("a title before a name", "You can see Mt. Rainier from the patio.",
                        "You can see Mt. Rainier from the patio."),
                kind("St. as saint and as street", "St. Mark's Square is off 3rd st. near the bakery.",
                        "St. Mark's Square is off 3rd st. near the bakery."),
                kind("St. ending a sentence", "We live on Elm St. It is quiet at night.",
                        "We live on Elm St.", "It is quiet at night."),
                kind("an abbreviation with a possessive", "This was Ken Jr.'s favourite dish.",
                        "This was Ken Jr.'s favourite dish."),
                kind("a dotted abbreviation inside a sentence", "We toured the U.K. last spring.",
                        "We toured the U.K. last spring."),
                kind("a dotted abbreviation ending a sentence", "They ship only within the E.U. What a pity!",
                        "They ship only within the E.U.", "What a pity!"),
                kind("U.S. ending a sentence", "The band is touring the U.S. Are you going?",
                        "The band is touring the U.S.", "Are you going?"),
                kind("U.S. before a capitalized word of the same sentence", "He served in the U.S. Army for years.",
                        "He served in the U.S. Army for years."),
                kind("U.S. before a lower-case word", "The film opened in the U.S. before Europe.",
                        "The film opened in the U.S. before Europe."),
                kind("a.m. and P.M. inside and at the end of sentences",
                        "At 7 a.m. Mrs. Diaz opened the cafe. She closed it at 9 P.M. Mr. Diaz then cleaned up.",
                        "At 7 a.m. Mrs. Diaz opened the cafe.", "She closed it at 9 P.M.", "Mr. Diaz then cleaned up."),
                kind("e.g. and i.e. introduce, never end",
                        "Pick a side, e.g. The Garden Salad, i.e. the one with figs. It is sweet.",
                        "Pick a side, e.g. The Garden Salad, i.e. the one with figs.", "It is sweet."),
                kind("an abbreviation that stands before numbers", "See Fig. 3 and No. 12 for the prices.",
                        "See Fig. 3 and No. 12 for the prices."),
                kind("a decimal number inside a sentence", "The tip was $12.50 on a $60.00 bill.",
                        "The tip was $12.50 on a $60.00 bill."),
                kind("a number ending a sentence", "The bill came to $48.00. We paid in cash.",
                        "The bill came to $48.00.", "We paid in cash."),
                kind("a whole number ending a sentence is no list", "Our team scored 2. The crowd went home.",
                        "Our team scored 2.", "The crowd went home."),
                kind("a sentence in parentheses inside a sentence", "The staff (They had trained for months.) were superb.",
                        "The staff (They had trained for months.) were superb."),
                kind("an e-mail address before the end", "Complaints go to Sam.Lee@example.net. Nobody answers them.",
                        "Complaints go to Sam.Lee@example.net.", "Nobody answers them."),
                kind("a web address before the end", "See https://www.example.org/menu/today.html. The prices are there.",
                        "See https://www.example.org/menu/today.html.", "The prices are there."),
                kind("a quotation in single quotes ending with a period", "He leaned over, 'The fish is off.' she whispered.",
                        "He leaned over, 'The fish is off.' she whispered."),
                kind("a quotation in double quotes ending with a period", "He leaned over, \"The fish is off.\" she whispered.",
                        "He leaned over, \"The fish is off.\" she whispered."),
                kind("a quotation ending the sentence", "He leaned over, \"The fish is off.\" Then he left.",
                        "He leaned over, \"The fish is off.\"", "Then he left."),
                kind("doubled exclamation marks", "Amazing!! Best pie ever.", "Amazing!!", "Best pie ever."),
                kind("doubled question marks", "Closed again?? What a shame.", "Closed again??", "What a shame."),
                kind("exclamation then question mark", "Sold out!? We came so far.", "Sold out!?", "We came so far."),
                kind("question then exclamation mark", "Sold out?! We came so far.", "Sold out?!", "We came so far."),
                kind("a list numbered \"1.)\", items without periods", "1.) Soup of the day 2.) Grilled trout",
                        "1.) Soup of the day", "2.) Grilled trout"),
                kind("a list numbered \"1.)\", items with periods", "1.) Order at the bar. 2.) Wait for your number.",
                        "1.) Order at the bar.", "2.) Wait for your number."),
                kind("a list numbered \"1)\", items without periods", "1) Cheap 2) Friendly 3) Fast",
                        "1) Cheap", "2) Friendly", "3) Fast"),
                kind("a list numbered \"1)\", items with periods", "1) Book ahead. 2) Arrive early.",
                        "1) Book ahead.", "2) Arrive early."),
                kind("a list numbered \"1.\", items without periods", "1. Great coffee 2. Slow service",
                        "1. Great coffee", "2. Slow service"),
                kind("a list numbered \"1.\", items with periods", "1. Great coffee. 2. Slow service.",
                        "1. Great coffee.", "2. Slow service."),
                kind("a numbered list after a colon, one item a line", "Pros:\n1. Cheap\n2. Fast",
                        "Pros:", "1. Cheap", "2. Fast"),
                kind("a list with bullets and numbers", "\u2022 4. Clean tables \u2022 5. Loud music",
                        "\u2022 4. Clean tables", "\u2022 5. Loud music"),
                kind("a list with hyphen bullets", "\u20434. Clean tables \u20435. Loud music",
                        "\u20434. Clean tables", "\u20435. Loud music"),
                kind("a list with bullets only", "\u2022 Fast delivery \u2022 Fair prices",
                        "\u2022 Fast delivery", "\u2022 Fair prices"),
                kind("a list with letters", "a. Starters b. Mains c. Desserts", "a. Starters", "b. Mains", "c. Desserts"),
                kind("a number sign and a dotted number", "The shop is at N\u00B0. 41.5.7. That is by the bank.",
                        "The shop is at N\u00B0. 41.5.7.", "That is by the bank."),
                kind("a name with an exclamation mark", "I read it on Yahoo! this morning.",
                        "I read it on Yahoo! this morning."),
                kind("I ending a sentence and I as an initial", "It was just Tom and I. Have you met Henry I. Wood?",
                        "It was just Tom and I.", "Have you met Henry I. Wood?"),
                kind("a spaced ellipsis closing a quotation", "She wrote that \u201Cthe service was slow. . . .\u201D",
                        "She wrote that \u201Cthe service was slow. . . .\u201D"),
                kind("ellipses in square brackets", "\"The bread [...] was the best in town [...]\" (Lee 12).",
                        "\"The bread [...] was the best in town [...]\" (Lee 12)."),
                kind("four spaced dots end a sentence", "The note ended with four dots . . . . Then came the bill.",
                        "The note ended with four dots . . . .", "Then came the bill."),
                kind("four dots end a sentence", "I never went back.... It closed a year later.",
                        "I never went back....", "It closed a year later."),
                kind("three spaced dots leave words out", "It was not exactly ... well, it was . . . I mean it was fine.",
                        "It was not exactly ... well, it was . . . I mean it was fine."),
                kind("a period, then a spaced ellipsis opening the next sentence",
                        "Service was slow. . . . The food made up for it. . . .",
                        "Service was slow.", ". . . The food made up for it. . . ."),
                kind("a paragraph separator ends a sentence, even after an abbreviation",
                        "We flew to the U.S.\u2029Navy ships were there.", "We flew to the U.S.", "Navy ships were there."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splitsAsTheRuleSays(String kind, String input, List<String> expected) throws Exception {
        CollectingSink sink = new CollectingSink();
        TextInput.splitRegion(new StringReader(input), SplitMode.SENTENCES, 0, sink);

        assertThat(sink.texts()).as(kind).containsExactlyElementsOf(expected);
        sink.assertOffsetsInto(input);
    }

    private static Arguments kind(String kind, String input, String... sentences) {
        return Arguments.of(kind, input, List.of(sentences));
    }
}
