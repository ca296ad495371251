package org.entente.extraction.event;

/**
 * Whether a fight or war is waged on a non-state force or cause rather than on a state: "cooperation in fighting
 * extremism and terrorism along the border", "the war on terror", "fought the insurgents". Such a fight is no
 * event between states, even when the sentence names the pair that wages it together.
 */
final class NonStateFight {

    private static final int MODIFIER_WORDS = 2;

    private NonStateFight() {
    }

    /** Whether {@code hit}, a use of force (19), is aimed at what a non-state word right after it names. */
    static boolean isWagedOnNonStateForce(Syntax syntax, Hit hit) {
        String code = hit.trigger().code();
        if (code == null || !code.startsWith("19")) {
            return false;
        }
        SentenceView view = syntax.view();
        int i = hit.end();
        if (i < view.size() && (view.lower(i).equals("on") || view.lower(i).equals("against"))) {
            i++;
        }
        if (i < view.size() && syntax.is(i, WordClass.DET)) {
            i++;
        }
        for (int words = 0; i < view.size() && words <= MODIFIER_WORDS && view.slotAt(i) == null; i++, words++) {
            if (syntax.is(i, WordClass.IRREGULAR)) {
                return true;
            }
            if (!syntax.isNounPhraseWord(i)) {
                return false;
            }
        }
        return false;
    }
}
