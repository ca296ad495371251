package org.entente.extraction;

/**
 * How a phrase of the text was resolved to a state, returned with each fact so an analyst can check it.
 *
 * @param text   the phrase as written ("Islamabad", "the Iraqi embassy")
 * @param code   alpha-3 code or {@code IGO}
 * @param reason why: {@code name}, {@code demonym}, {@code capital}, {@code institution}, {@code leader},
 *               {@code coreference} ("the two countries"), ...
 */
public record ActorRef(String text, String code, String reason) {

    /** Readable form, e.g. {@code "Islamabad" → PAK: capital}. */
    @Override
    public String toString() {
        return "\"" + text + "\" → " + code + ": " + reason;
    }
}
