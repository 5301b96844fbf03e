package org.sentigrid.desktop;

/** Texts with a shape to them, for screenshots: reviews that sour, and a story that recovers. */
final class SampleTexts {
    static final String HOTEL = """
            The room was spotless and the view over the harbour was breathtaking. Staff greeted us by name, which felt lovely.
            Breakfast was generous, with fresh bread and excellent coffee. We loved the quiet garden.

            On the third night the air conditioning broke. Nobody came to fix it until the next afternoon.
            The pool was closed without notice. It was disappointing, to be honest.

            Dinner at the restaurant was overpriced and the fish was cold. The waiter was rude when we complained!
            Checkout took forty minutes and we were charged twice. Absolutely terrible end to the stay.
            I would not recommend this hotel. Never again.
            """;

    static final String STORY = """
            The storm took the roof in the night, and with it every dry thing they owned. Mara sat in the mud and wept.
            Her brother was hurt, and the road to town was gone. It was the worst winter anyone remembered.

            Slowly, the neighbours came. They brought blankets, soup and tools. Nobody asked for anything back.
            By spring the walls stood again. The children laughed in the new kitchen. It was not perfect, but it was home.

            Mara planted roses by the door. She felt grateful, calm and, for the first time in months, truly happy.
            Everyone agreed it was the best summer of their lives :)
            """;

    private SampleTexts() {
    }
}
