package org.entente.extraction.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.extraction.FuzzyDate;

/**
 * Finds the actors an article names: states (by name, demonym, capital, institution, office or leader),
 * international organisations, non-state groups, and places. Thread-safe and stateless: the dictionaries are
 * loaded once ({@link #shared()}), every call works on its own copy of what it reads.
 *
 * <pre>{@code
 * ActorResolver actors = ActorResolver.shared();
 * actors.find(text, sentenceStart, sentenceEnd);      // "the Iraqi embassy" → IRQ: institution, ...
 * DocumentActors doc = actors.document(text);        // with "the two countries", "Bhutto", counts, main pair
 * }</pre>
 *
 * <p>Matching: the longest dictionary phrase wins, left to right; hyphens inside names are optional
 * ("Zia-ul-Haq", "Zia ul Haq"); case matters for acronyms ("US", not "us") and capitalised names ("Turkey",
 * not "turkey"); offsets always refer to the text given.
 */
public final class ActorResolver {

    private static final class Holder {
        private static final ActorResolver SHARED = load();
    }

    private final Gazetteer gazetteer;
    private final Leaders leaders;
    private final Successions successions;
    private final PhraseGrammar grammar = new PhraseGrammar();

    private ActorResolver(Gazetteer gazetteer, Leaders leaders, Successions successions) {
        this.gazetteer = gazetteer;
        this.leaders = leaders;
        this.successions = successions;
    }

    /** The resolver with the built-in dictionaries, loaded on first use and shared. */
    public static ActorResolver shared() {
        return Holder.SHARED;
    }

    /** Loads the built-in dictionaries into a new resolver (prefer {@link #shared()}). */
    public static ActorResolver load() {
        Leaders leaders = Leaders.load();
        return new ActorResolver(Gazetteer.load(leaders), leaders, Successions.load());
    }

    /**
     * The actor mentions in {@code text[start, end)}, in order, not overlapping. A leader's short name
     * ("Bhutto") and phrases that refer back ("the two countries") need the whole document: use
     * {@link #document(String)} for them.
     */
    public List<ActorMention> find(String text, int start, int end) {
        List<ActorMention> mentions = new ArrayList<>();
        for (Finding finding : scan(text, start, end)) {
            if (finding instanceof Finding.Mention found) {
                mentions.add(found.mention());
            }
        }
        return mentions;
    }

    /** The actor mentions in the whole text. */
    public List<ActorMention> find(String text) {
        return find(text, 0, text.length());
    }

    /** Resolves a whole document, with its per-document memory. */
    public DocumentActors document(String text) {
        return DocumentActors.of(this, text);
    }

    /** The leaders' terms of office. */
    public Leaders leaders() {
        return leaders;
    }

    /**
     * The code that stood for a state at a date: {@code RUS} in 1980 is {@code SUN}, {@code CZE} in 1970 is
     * {@code CSK}; any other code is returned as given.
     */
    public String codeAt(String code, FuzzyDate date) {
        Objects.requireNonNull(date, "date");
        return successions.codeAt(code, date);
    }

    /** Number of dictionary phrases loaded. */
    public int dictionarySize() {
        return gazetteer.size();
    }

    /** Everything found in {@code text[start, end)}, in text order. */
    List<Finding> scan(String text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        List<Token> tokens = Tokenizer.tokens(text, start, end);
        Surroundings around = new Surroundings(text);
        List<Item> items = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Gazetteer.Match match = gazetteer.longestAt(tokens, i, around);
            if (match != null && match.end() > i + 1) {
                Gazetteer.Match inner = gazetteer.longestAt(tokens, i + 1, around);
                if (inner != null && inner.end() > match.end()) {
                    match = null; // "the Islamic Republic of Iran": the longer phrase inside wins
                }
            }
            if (match == null) {
                items.add(Item.plain(tokens.get(i)));
                i++;
            } else {
                items.add(Item.of(match, tokens));
                i = match.end();
            }
        }
        return grammar.apply(items, around);
    }
}
