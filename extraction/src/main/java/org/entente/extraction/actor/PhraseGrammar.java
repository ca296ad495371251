package org.entente.extraction.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns dictionary matches into mentions with the phrase rules, written once and driven by the dictionaries:
 * <ul>
 *   <li>{@code <state> <office>}, {@code <state>'s <office>}, {@code <office> of <state>}: one mention of the
 *       state, reason {@code office} or {@code institution} ("the Iraqi embassy", "Pakistan's foreign office",
 *       "the foreign minister of Pakistan", "Chief of Army Staff of the Pakistan Army"); an office held by a
 *       person takes the name after it ("Iraqi Ambassador Hikmat Sulaiman");</li>
 *   <li>{@code <people|demonym|place|group> <militant words>} is a non-state group ("Baloch insurgents",
 *       "Syrian rebels", "Houthi rebels"); militant words alone too ("militants", "armed groups");</li>
 *   <li>a name written against a currency sign marks the currency ("US$ 5 billion");</li>
 *   <li>hyphenated compounds: {@code anti-X} and {@code pro-X} name no actor ("anti-American rhetoric");
 *       {@code X-based} and {@code X-born} name a place ("a Tehran-based site"); {@code X-led}, {@code X-backed},
 *       {@code X-manufactured}... keep X as the actor that leads, backs or makes; {@code X-Y} names both;</li>
 *   <li>a leader's name, a capital or a city right before another capitalised word is part of another name
 *       ("Trump Tower", "Washington Post", "Saddam Tahir"), as is a leader's name right after a capitalised
 *       word that is not a title ("Ivanka Trump").</li>
 * </ul>
 * Stateless.
 */
final class PhraseGrammar {

    private static final Set<String> NEGATING_PREFIXES = Set.of("anti", "pro", "non");
    private static final Set<String> PLACE_SUFFIXES = Set.of("based", "born", "headquartered");
    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "ul", "ur", "de",
            "da", "van", "von", "abu", "e", "i");
    private static final int MAX_NAME_WORDS = 5;

    /** An office phrase: items up to {@code end} (exclusive), the last head held by a person or not. */
    private record Office(int end, boolean person) {
    }

    /** The phrase found at an item: the index after it, and its finding (null when it yields none). */
    private record Phrase(int next, Finding finding) {
    }

    List<Finding> apply(List<Item> items, Surroundings around) {
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Phrase phrase = phraseAt(items, i, around);
            if (phrase.finding() != null) {
                findings.add(phrase.finding());
            }
            i = Math.max(i + 1, phrase.next());
        }
        return findings;
    }

    private Phrase phraseAt(List<Item> items, int i, Surroundings around) {
        Item item = items.get(i);
        if (item.isPlain() || item.has(Category.NONACTOR)) {
            return new Phrase(i + 1, null);
        }
        if (item.has(Category.PAIR) || item.has(Category.LAST)) {
            return new Phrase(i + 1, new Finding.Reference(item.start(), item.end(),
                    around.text().substring(item.start(), item.end()), item.has(Category.PAIR)));
        }
        Entry actor = item.actor();
        if (actor != null) {
            return actorPhrase(items, i, actor, around);
        }
        Entry alias = item.match().first(Category.ALIAS);
        if (alias != null) {
            if (nameStandsAlone(items, i, around)) {
                return new Phrase(i + 1, new Finding.Alias(item.start(), item.end(),
                        around.text().substring(item.start(), item.end()), alias.candidates()));
            }
            return new Phrase(i + 1, null);
        }
        if (item.has(Category.MILITANTS) || item.has(Category.MILITANT)) {
            Phrase group = militants(items, i, i, null, around);
            if (group.finding() != null) {
                return group;
            }
        }
        if (item.isOfficeWord()) {
            return officeOfState(items, i, around);
        }
        return new Phrase(i + 1, null);
    }

    private Phrase actorPhrase(List<Item> items, int i, Entry actor, Surroundings around) {
        Item item = items.get(i);
        if (actor.category() == Category.NONACTOR || negatedByPrefix(items, i) || currencyMark(items, i)) {
            return new Phrase(i + 1, null);
        }
        boolean person = actor.category() == Category.LEADER || actor.flags().personName();
        if (person && !nameStandsAlone(items, i, around)
                || isPlaceName(actor) && capitalisedWordAt(items, i + 1, items.get(i).end(), around)) {
            return new Phrase(i + 1, null);
        }
        if (placeSuffixFollows(items, i)) {
            return new Phrase(i + 1, mention(item.start(), item.end(), around, actor.code(), actor.reason(),
                    Kind.LOCATION, actor.entity()));
        }
        if (canLeadMilitants(actor)) {
            Phrase group = militants(items, i, i + 1, actor, around);
            if (group.finding() != null) {
                return group;
            }
        }
        Phrase office = stateOffice(items, i, actor, around);
        if (office != null) {
            return office;
        }
        return new Phrase(i + 1, mention(item.start(), item.end(), around, actor.code(), actor.reason(),
                actor.kind(), actor.entity()));
    }

    /** {@code <state> <office>} and {@code <state>'s <office>}, with {@code of <same state>} after it. */
    private Phrase stateOffice(List<Item> items, int i, Entry actor, Surroundings around) {
        Kind kind = officeKind(actor);
        if (kind == null) {
            return null;
        }
        Item item = items.get(i);
        int j = i + 1;
        boolean possessive = false;
        if (j < items.size() && items.get(j).is("'") && items.get(j).start() == item.end()) {
            possessive = true;
            j += j + 1 < items.size() && items.get(j + 1).is("s") ? 2 : 1;
        }
        Office office = office(items, j, around);
        if (office == null || actor.category() == Category.LEADER && office.person()) {
            return null;
        }
        int end = office.end();
        int stateEnd = sameStateAfterOf(items, end, actor.code(), around);
        end = Math.max(end, stateEnd);
        String entity = actor.entity();
        if (office.person()) {
            Apposition name = apposition(items, end, actor.code(), around);
            end = name.end();
            entity = name.entity(entity);
        }
        int start = !possessive && i > 0 && items.get(i - 1).is("the") ? items.get(i - 1).start() : item.start();
        String reason = kind == Kind.NONSTATE ? actor.reason() : office.person() ? "office" : "institution";
        return new Phrase(end, mention(start, items.get(end - 1).end(), around, actor.code(), reason, kind,
                entity));
    }

    /** {@code <office> of <state>}: "the embassy of Iraq", "the foreign minister of Pakistan". */
    private Phrase officeOfState(List<Item> items, int i, Surroundings around) {
        Office office = office(items, i, around);
        if (office == null) {
            return new Phrase(i + 1, null);
        }
        int j = office.end();
        if (j >= items.size() || !items.get(j).is("of")) {
            return new Phrase(j, null);
        }
        j++;
        if (j < items.size() && items.get(j).is("the")) {
            j++;
        }
        Entry state = j < items.size() ? items.get(j).actor() : null;
        Kind kind = state == null ? null : officeKind(state);
        Office own = office(items, j + 1, around);
        if (kind == null || kind == Kind.NONSTATE || state.category() == Category.DEMONYM && own == null) {
            return new Phrase(office.end(), null);
        }
        int end = own != null ? own.end() : j + 1;
        String entity = state.entity();
        if (office.person()) {
            Apposition name = apposition(items, end, state.code(), around);
            end = name.end();
            entity = name.entity(entity);
        }
        int start = i > 0 && items.get(i - 1).is("the") ? items.get(i - 1).start() : items.get(i).start();
        return new Phrase(end, mention(start, items.get(end - 1).end(), around, state.code(),
                office.person() ? "office" : "institution", kind, entity));
    }

    /**
     * Office words from item {@code j}: modifiers and heads, heads joined by "and", a portfolio after a head
     * that takes one ("Minister of Religious Affairs"); null when no head is found.
     */
    private Office office(List<Item> items, int j, Surroundings around) {
        int k = j;
        int lastHeadEnd = -1;
        boolean person = false;
        while (k < items.size()) {
            Item item = items.get(k);
            if (item.isOfficeWord()) {
                k++;
                if (item.isHead()) {
                    person = item.has(Category.HEAD_PERSON);
                    lastHeadEnd = k;
                    int portfolioEnd = portfolio(items, k, item, around);
                    if (portfolioEnd > k) {
                        k = portfolioEnd;
                        lastHeadEnd = k;
                    }
                }
            } else if ((item.is("and") || item.is("&")) && k > j && k + 1 < items.size()
                    && items.get(k + 1).isOfficeWord()) {
                k++;
            } else {
                break;
            }
        }
        return lastHeadEnd < 0 ? null : new Office(lastHeadEnd, person);
    }

    /** After a head that takes a portfolio, "of" and the portfolio's words; returns where they end. */
    private int portfolio(List<Item> items, int k, Item head, Surroundings around) {
        boolean takes = false;
        for (Entry entry : head.match().entries()) {
            takes |= entry.flags().takesPortfolio();
        }
        if (!takes || k + 1 >= items.size() || !items.get(k).is("of")) {
            return k;
        }
        int p = k + 1;
        int end = k;
        while (p < items.size()) {
            Item item = items.get(p);
            boolean word = item.isCapitalisedWord() && !around.sentenceInitial(item.start())
                    || item.has(Category.MODIFIER) && item.actor() == null;
            if (word) {
                p++;
                end = p;
            } else if ((item.is("and") || item.is("&")) && p + 1 < items.size() && end == p
                    && (items.get(p + 1).isCapitalisedWord() || items.get(p + 1).has(Category.MODIFIER))) {
                p++;
            } else {
                break;
            }
        }
        return end;
    }

    /** "of [the] <same state> [office]" after an office phrase; returns where it ends, or {@code end}. */
    private int sameStateAfterOf(List<Item> items, int end, String code, Surroundings around) {
        int j = end;
        if (code == null || j >= items.size() || !items.get(j).is("of")) {
            return end;
        }
        j++;
        if (j < items.size() && items.get(j).is("the")) {
            j++;
        }
        Entry state = j < items.size() ? items.get(j).actor() : null;
        if (state == null || !code.equals(state.code()) || state.category() == Category.DEMONYM) {
            return end;
        }
        Office own = office(items, j + 1, around);
        return own != null ? own.end() : j + 1;
    }

    /**
     * A name after an office held by a person: a known leader of that state, or capitalised name words.
     *
     * @param end    the item after the name (the office's own end when there is no name)
     * @param leader the known leader's id, or null
     * @param name   the name words as written when they are no known leader's, or null
     */
    private record Apposition(int end, String leader, String name) {

        Apposition(int end, String leader) {
            this(end, leader, null);
        }

        /** The mention's entity: the leader's id, else the named person ({@link DocumentActors#PERSON}), else it. */
        String entity(String otherwise) {
            return leader != null ? leader : name != null ? DocumentActors.PERSON + name : otherwise;
        }
    }

    private Apposition apposition(List<Item> items, int end, String code, Surroundings around) {
        int k = end;
        boolean comma = k < items.size() && items.get(k).is(",");
        if (comma) {
            k++;
        }
        if (k >= items.size()) {
            return new Apposition(end, null);
        }
        Entry leader = items.get(k).match() == null ? null : items.get(k).match().first(Category.LEADER);
        if (leader != null) {
            boolean same = code != null && code.equals(leader.code());
            boolean alone = k + 1 >= items.size() || !capitalisedWordAt(items, k + 1, items.get(k).end(), around);
            return same && alone ? new Apposition(k + 1, leader.entity()) : new Apposition(end, null);
        }
        if (!items.get(k).isCapitalisedWord() || around.sentenceInitial(items.get(k).start())) {
            return new Apposition(end, null);
        }
        int p = k;
        int last = -1;
        int words = 0;
        while (p < items.size() && words < MAX_NAME_WORDS) {
            Item item = items.get(p);
            boolean afterHyphen = p > k && items.get(p - 1).is("-") && items.get(p - 1).end() == item.start();
            if (item.isCapitalisedWord() || afterHyphen && item.token() != null && item.token().isWord()) {
                words += item.isCapitalisedWord() ? 1 : 0;
                last = p;
            } else if (!(item.is("-") || item.token() != null && NAME_PARTICLES.contains(item.token().key()))) {
                break;
            }
            p++;
        }
        boolean enough = comma ? words >= 2 : words >= 1;
        if (!enough) {
            return new Apposition(end, null);
        }
        return new Apposition(last + 1, null, around.text().substring(items.get(k).start(), items.get(last).end()));
    }

    /**
     * Militant words after item {@code from} make a non-state group: "Baloch insurgents", "Syrian rebels",
     * "terrorist groups", "militants". {@code lead} is the actor before them, or null.
     */
    private Phrase militants(List<Item> items, int first, int from, Entry lead, Surroundings around) {
        int k = from;
        boolean nouns = false;
        boolean adjective = false;
        boolean groupWordLast = false;
        Entry named = lead != null && lead.category() == Category.GROUP ? lead : null;
        while (k < items.size()) {
            Item item = items.get(k);
            if (item.isPlain() || item.match().actor() != null && !item.has(Category.PEOPLE)
                    && !item.has(Category.GROUP)) {
                break;
            }
            if (item.has(Category.MILITANTS)) {
                nouns = true;
                groupWordLast = false;
            } else if (item.has(Category.GROUP_WORD) && (adjective || nouns || k > first)) {
                groupWordLast = true;
            } else if (item.has(Category.MILITANT)) {
                adjective = true;
                groupWordLast = false;
            } else if (item.has(Category.GROUP) || item.has(Category.PEOPLE)) {
                named = item.has(Category.GROUP) ? item.match().first(Category.GROUP) : named;
                groupWordLast = false;
            } else {
                break;
            }
            k++;
        }
        boolean leadIsGroup = lead != null && (lead.category() == Category.GROUP
                || lead.category() == Category.PEOPLE);
        boolean namedAfterDemonym = lead != null && named != null && named != lead
                && (lead.category() == Category.DEMONYM || lead.category() == Category.PEOPLE);
        boolean group = nouns || adjective && groupWordLast || leadIsGroup && groupWordLast || namedAfterDemonym;
        if (!group) {
            return new Phrase(from, null);
        }
        int end = k;
        while (end > from && !(items.get(end - 1).has(Category.MILITANTS) || items.get(end - 1).has(
                Category.GROUP_WORD) || items.get(end - 1).has(Category.GROUP))) {
            end--;
        }
        String reason = named != null ? named.reason() : "militants";
        String entity = named != null ? named.entity() : "militants";
        return new Phrase(end, mention(items.get(first).start(), items.get(end - 1).end(), around, null, reason,
                Kind.NONSTATE, entity));
    }

    /** The kind an office phrase of this actor makes, or null when an office cannot attach to it. */
    private static Kind officeKind(Entry actor) {
        return switch (actor.category()) {
            case COUNTRY, DEMONYM, CAPITAL, INSTITUTION, LEADER -> Kind.STATE;
            case ORGANISATION -> Kind.IGO;
            case GROUP -> Kind.NONSTATE;
            case REGION, CITY -> actor.code() == null ? null : Kind.STATE;
            default -> null;
        };
    }

    private static boolean canLeadMilitants(Entry actor) {
        return switch (actor.category()) {
            case DEMONYM, PEOPLE, GROUP, REGION, CITY, COUNTRY -> true;
            default -> false;
        };
    }

    private static boolean isPlaceName(Entry actor) {
        return actor.category() == Category.CAPITAL || actor.category() == Category.CITY;
    }

    /** "anti-American", "pro-Soviet": the state is an attitude's object, not an actor. */
    private static boolean negatedByPrefix(List<Item> items, int i) {
        if (i < 2) {
            return false;
        }
        Item hyphen = items.get(i - 1);
        Item prefix = items.get(i - 2);
        return hyphen.is("-") && hyphen.end() == items.get(i).start() && prefix.token() != null
                && prefix.end() == hyphen.start() && NEGATING_PREFIXES.contains(prefix.token().key());
    }

    /** "US$", "HK$": a state's name written against a currency sign marks the currency. */
    private static boolean currencyMark(List<Item> items, int i) {
        return i + 1 < items.size() && items.get(i + 1).is("$") && items.get(i + 1).start() == items.get(i).end();
    }

    /** "Tehran-based", "Iran based", "Pakistan-born": the state is where, not who. */
    private static boolean placeSuffixFollows(List<Item> items, int i) {
        int j = i + 1;
        if (j < items.size() && items.get(j).is("-")) {
            j++;
        }
        return j < items.size() && items.get(j).token() != null
                && PLACE_SUFFIXES.contains(items.get(j).token().key());
    }

    /**
     * A person's name stands alone unless a capitalised word that is no title or dictionary word stands right
     * before it (not at a sentence start) or right after it.
     */
    private static boolean nameStandsAlone(List<Item> items, int i, Surroundings around) {
        Item item = items.get(i);
        if (i > 0) {
            Item before = items.get(i - 1);
            boolean adjacent = before.end() < item.start() && onlySpaces(around.text(), before.end(), item.start());
            if (adjacent && before.isCapitalisedWord() && !around.sentenceInitial(before.start())) {
                return false;
            }
        }
        return !capitalisedWordAt(items, i + 1, item.end(), around);
    }

    /** True when item {@code j} is a plain capitalised word separated from {@code after} by spaces only. */
    private static boolean capitalisedWordAt(List<Item> items, int j, int after, Surroundings around) {
        if (j >= items.size()) {
            return false;
        }
        Item next = items.get(j);
        return next.isCapitalisedWord() && next.start() > after && onlySpaces(around.text(), after, next.start());
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static Finding mention(int start, int end, Surroundings around, String code, String reason, Kind kind,
                                   String entity) {
        return new Finding.Mention(new ActorMention(start, end, around.text().substring(start, end), code, reason,
                kind, entity));
    }
}
