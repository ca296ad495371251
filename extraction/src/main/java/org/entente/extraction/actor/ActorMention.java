package org.entente.extraction.actor;

import java.util.Objects;
import org.entente.extraction.ActorRef;

/**
 * A phrase of the normalised text that names an actor or a place.
 *
 * @param start  offset of the phrase's first character in the normalised text
 * @param end    offset just past its last character
 * @param text   the phrase as written ("the Iraqi embassy", "Islamabad")
 * @param code   alpha-3 code of the state (for a LOCATION the state it lies in), {@code IGO} for an international
 *               organisation, or null for a non-state actor and for a place that is disputed or spans states
 * @param reason why: {@code name}, {@code short name}, {@code official name}, {@code historical name},
 *               {@code demonym}, {@code capital}, {@code seat of government}, {@code institution}, {@code office},
 *               {@code leader}, {@code organisation}, {@code city}, {@code region}, {@code coreference}, or for a
 *               non-state actor its type ({@code armed group}, {@code party}, {@code militants}, {@code people}...)
 * @param kind   what the phrase names
 * @param entity the most specific dictionary entity behind the phrase: a leader's id ({@code imran-khan}), an
 *               institution's, organisation's or group's id ({@code ISI}, {@code UN}, {@code TTP}), a place's
 *               name, or the state's code
 */
public record ActorMention(int start, int end, String text, String code, String reason, Kind kind, String entity) {

    public ActorMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entity, "entity");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** True for a state actor (a mention with a state code that names who acted, not where). */
    public boolean isState() {
        return kind == Kind.STATE;
    }

    /** The explanation the API's facts carry, e.g. {@code "Islamabad" → PAK: capital}. */
    public ActorRef toActorRef() {
        return new ActorRef(text, code == null ? "-" : code, reason);
    }

    /** Readable form, e.g. {@code "Islamabad" → PAK: capital}. */
    @Override
    public String toString() {
        return toActorRef().toString();
    }
}
