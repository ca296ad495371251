package org.entente.extraction.actor;

import java.util.List;

/**
 * One dictionary phrase and what it stands for.
 *
 * @param category   which dictionary and role
 * @param code       alpha-3 code, {@code IGO}, or null (non-state actors, disputed places, grammar words)
 * @param entity     the entity's id (state code, organisation id, leader id, place name, the word itself)
 * @param reason     the reason a mention of it carries
 * @param words      the phrase's words and punctuation as written in the dictionary, hyphens left out
 * @param cases      the letter case each of those words asks of the text
 * @param flags      extra conditions on the phrase
 * @param candidates for a leader's short name, the ids of every leader it may stand for; else empty
 */
record Entry(Category category, String code, String entity, String reason, List<String> words,
             List<CaseRule> cases, Flags flags, List<String> candidates) {

    /** Conditions that some entries put on their context. */
    record Flags(boolean personName, boolean combining, boolean militantContext, boolean takesPortfolio) {

        static final Flags NONE = new Flags(false, false, false, false);
    }

    Kind kind() {
        return category.kind();
    }
}
