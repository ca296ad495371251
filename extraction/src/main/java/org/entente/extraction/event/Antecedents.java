package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.Kind;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.analysis.Article;
import org.entente.extraction.text.Sentence;

/**
 * What a pronoun refers to, looked up in the article's actor mentions before it: "he", "she", "his", "her" are the
 * last leader or office holder named in the same sentence or the six before (a text goes on about a person with
 * pronouns); "it" and "its" the last state named
 * in the same sentence or the one before. Further back a pronoun is left unresolved: the risk of a wrong state is
 * worse than a missed event.
 */
final class Antecedents {

    private static final int PERSON_REACH = 6;
    private static final int STATE_REACH = 1;
    /** At most this many words ("A month later", "In October 2021,") before a sentence's subject. */
    private static final int OPENING_WORDS = 4;
    /** How many sentences opening with a subject "it" a subject "it" may look back through. */
    private static final int SUBJECT_CHAIN = 3;
    /** Words after which a state is an object or a place, not the subject. */
    private static final Set<String> PREPOSITIONS_BEFORE_OBJECT = Set.of("to", "with", "of", "from", "in", "on",
            "for", "against", "by", "at", "between", "and", "toward", "towards", "into", "about");

    private final List<ActorMention> mentions;
    private final List<AnalysedSentence> sentences;

    Antecedents(Article article) {
        this.mentions = article.actors().mentions();
        this.sentences = article.sentences();
    }

    /** The person a "he", "his", "she" or "her" at {@code offset} in sentence {@code index} refers to, or null. */
    ActorMention person(int offset, int index) {
        return last(offset, index, PERSON_REACH, true, null);
    }

    /**
     * The person an object pronoun ("spoke to him", "met her") refers to: the last leader or office holder of a
     * state other than {@code notCode}, the state of the clause's agent (who cannot be his own object).
     */
    ActorMention otherPerson(int offset, int index, String notCode) {
        return last(offset, index, PERSON_REACH, true, notCode);
    }

    /** The state an "it" or "its" at {@code offset} in sentence {@code index} refers to, or null. */
    ActorMention state(int offset, int index) {
        return last(offset, index, STATE_REACH, false, null);
    }

    /**
     * The state a subject "it" that opens its sentence refers to: the state the sentence before was about (its
     * subject: "A month later Algeria closed its airspace to Moroccan aircraft. In October it stopped ..." is
     * Algeria, not the Morocco named last), else the last state named, as {@link #state(int, int)}.
     */
    ActorMention subjectState(int offset, int index) {
        ActorMention subject = index == 0 ? null : leadingState(index - 1, SUBJECT_CHAIN);
        return subject != null ? subject : state(offset, index);
    }

    /**
     * The first state a sentence names, when it stands at the sentence's start as its subject; for a sentence that
     * opens with "it" as its subject, the state the sentence before opened with (at most {@code chain} sentences
     * back); else null.
     */
    private ActorMention leadingState(int index, int chain) {
        Sentence sentence = sentences.get(index).sentence();
        if (opensWithIt(sentence)) {
            return chain > 1 && index > 0 ? leadingState(index - 1, chain - 1) : null;
        }
        int i = lastBefore(sentence.start()) + 1;
        for (; i < mentions.size() && mentions.get(i).start() < sentence.end(); i++) {
            ActorMention m = mentions.get(i);
            if (m.kind() != Kind.STATE || m.code() == null || m.reason().equals("coreference")) {
                continue;
            }
            return opens(sentence, m) ? m : null;
        }
        return null;
    }

    /**
     * The two states a sentence-opening "they" or "their" refers to: the sentence before opened with both as its
     * subject ("Bolivia and Chile restored ties in 1975. Their foreign ministers met ...", "The two countries ..."),
     * or opened with one and named only one other ("Pakistan's minister met Iraq's president. They pledged ...");
     * else an empty list.
     */
    List<ActorMention> subjectPair(int index) {
        if (index == 0) {
            return List.of();
        }
        Sentence sentence = sentences.get(index - 1).sentence();
        int i = lastBefore(sentence.start()) + 1;
        for (; i < mentions.size() && mentions.get(i).start() < sentence.end(); i++) {
            ActorMention m = mentions.get(i);
            if (m.kind() == Kind.STATE && m.code() != null) {
                break;
            }
        }
        if (i >= mentions.size() || mentions.get(i).start() >= sentence.end() || !opens(sentence, mentions.get(i))) {
            return List.of();
        }
        ActorMention first = mentions.get(i);
        ActorMention second = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
        if (second == null || second.kind() != Kind.STATE || second.code() == null
                || second.code().equals(first.code())) {
            return List.of();
        }
        boolean pairPhrase = first.reason().equals("coreference") && second.start() == first.start();
        boolean joined = second.start() >= first.end() && second.start() <= sentence.end()
                && sentence.text().substring(first.end() - sentence.start(), second.start() - sentence.start())
                .strip().equalsIgnoreCase("and");
        if (pairPhrase || joined) {
            return List.of(first, second);
        }
        List<ActorMention> named = statesNamed(sentence, sentence.start(), sentence.end());
        return named.size() == 2 && named.get(0) == first ? named : List.of(); // "A met B. They pledged ..."
    }

    /**
     * The two states a phrase for a pair at {@code offset} ("the two leaders", "both sides") refers to when its
     * sentence, before it, names exactly two states (not counting places after 'in' or 'at'); an empty list otherwise
     * (then it is the document's pair: "In 2013 both countries signed a pact" after a sentence on two others).
     */
    List<ActorMention> namedPair(int index, int offset) {
        Sentence sentence = sentences.get(index).sentence();
        List<ActorMention> here = statesNamed(sentence, sentence.start(), offset);
        return here.size() == 2 ? here : List.of();
    }

    /** The first mention of each state named in {@code [from, to)} of a sentence, in order; places skipped. */
    private List<ActorMention> statesNamed(Sentence sentence, int from, int to) {
        List<ActorMention> named = new ArrayList<>(2);
        for (int i = lastBefore(from) + 1; i < mentions.size() && mentions.get(i).start() < to; i++) {
            ActorMention m = mentions.get(i);
            if (m.kind() != Kind.STATE || m.code() == null || m.reason().equals("coreference")
                    || isPlace(sentence, m) || named.stream().anyMatch(n -> n.code().equals(m.code()))) {
                continue;
            }
            named.add(m);
            if (named.size() > 2) {
                return named;
            }
        }
        return named;
    }

    /** "in Seoul", "at Camp David": a capital or city after a locative preposition is where, not who. */
    private static boolean isPlace(Sentence sentence, ActorMention m) {
        if (!m.reason().equals("capital") && !m.reason().equals("city") && !m.reason().equals("seat of government")) {
            return false;
        }
        String before = sentence.text().substring(0, Math.max(0, m.start() - sentence.start())).stripTrailing();
        String lower = before.toLowerCase(Locale.ROOT);
        return lower.endsWith(" in") || lower.endsWith(" at") || lower.equals("in") || lower.equals("at");
    }

    /** Whether a mention stands among its sentence's opening words, before any comma: its subject. */
    private static boolean opens(Sentence sentence, ActorMention m) {
        String before = sentence.text().substring(0, m.start() - sentence.start()).strip();
        String[] words = before.isEmpty() ? new String[0] : before.split("\\s+");
        boolean opening = words.length <= OPENING_WORDS && (words.length == 0
                || !PREPOSITIONS_BEFORE_OBJECT.contains(words[words.length - 1].toLowerCase(Locale.ROOT)));
        return opening && (!before.contains(",") || before.endsWith(","));
    }

    private ActorMention last(int offset, int index, int reach, boolean person, String notCode) {
        int from = sentences.get(Math.max(0, index - reach)).sentence().start();
        int i = lastBefore(offset);
        for (; i >= 0 && mentions.get(i).start() >= from; i--) {
            ActorMention m = mentions.get(i);
            if (m.kind() != Kind.STATE || m.reason().equals("coreference") || notCode != null && notCode.equals(m.code())) {
                continue;
            }
            boolean isPerson = m.reason().equals("leader") || m.reason().equals("office");
            if (!person || isPerson) {
                return m;
            }
        }
        return null;
    }

    /** "It expelled ...", "In April 2020 it had ...": "it" among the sentence's first words, before any comma. */
    private static boolean opensWithIt(Sentence sentence) {
        String[] words = sentence.text().split(" ", OPENING_WORDS + 2);
        for (int i = 0; i < Math.min(words.length, OPENING_WORDS + 1); i++) {
            if (words[i].equalsIgnoreCase("it")) {
                return true;
            }
            if (words[i].endsWith(",")) {
                return false;
            }
        }
        return false;
    }

    /** Index of the last mention starting before {@code offset}, or -1. */
    private int lastBefore(int offset) {
        int lo = 0;
        int hi = mentions.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
