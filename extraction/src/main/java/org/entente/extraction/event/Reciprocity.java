package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.extraction.ActorRef;
import org.entente.extraction.Evidence;
import org.entente.extraction.FuzzyDate;
import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.Kind;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.time.TimeMention;

/**
 * Acts told only by reference to the acts of the sentence before: "Egypt expelled the Turkish ambassador. Turkey
 * responded in kind." is a Turkish expulsion of the Egyptian ambassador; "Saudi Arabia cut ties with Iran. Bahrain
 * followed suit." a Bahraini cut of ties with Iran.
 *
 * <ul>
 *   <li>in kind ("responded in kind", "retaliated in kind", "reciprocated"): each act of the sentence before aimed
 *       at the subject's state is done back to its agent;</li>
 *   <li>the same ("followed suit", "did the same", "did likewise"): each act of the sentence before by another
 *       state, on a target other than the subject's state, is done by the subject too.</li>
 * </ul>
 * The subject is the sentence's first actor, a state named before the phrase; the acts keep the code of those they
 * copy, and their date unless the sentence gives its own. A sentence that codes an act of the subject on the same
 * state itself ("responded in kind by dropping Japan from its list") needs no copy.
 */
final class Reciprocity {

    private static final List<String> IN_KIND = List.of("responded in kind", "retaliated in kind",
            "reacted in kind", "reciprocated");
    private static final List<String> THE_SAME = List.of("followed suit", "did the same", "did likewise");
    /** How much less sure a copied act is than the act it copies. */
    private static final double COPY = 0.8;
    private static final int MAX_QUOTE = 200;
    /** How many words may open the sentence before its subject ("In return, the Egyptian government ..."). */
    private static final int SUBJECT_WORDS = 3;

    private Reciprocity() {
    }

    /**
     * The acts a sentence tells by reference to {@code before}, the candidates of the last sentence that had any;
     * empty when it tells none.
     */
    static List<Candidate> of(AnalysedSentence sentence, List<Candidate> before, List<Candidate> own) {
        if (before.isEmpty()) {
            return List.of();
        }
        String lower = sentence.sentence().text().toLowerCase(Locale.ROOT);
        int inKind = firstOf(lower, IN_KIND);
        int same = firstOf(lower, THE_SAME);
        int at = inKind >= 0 ? inKind : same;
        if (at < 0 || inKind < 0 && isFollowedByPreposition(lower, same)) {
            return List.of(); // "did the same for Japan": had the same effect, not the same act
        }
        ActorMention subject = subject(sentence, sentence.sentence().start() + at);
        if (subject == null) {
            return List.of();
        }
        String code = subject.code();
        FuzzyDate ownDate = ownDate(sentence);
        Map<String, Candidate> copies = new LinkedHashMap<>();
        for (Candidate c : before) {
            boolean back = inKind >= 0 && c.target().equals(code) && !c.source().equals(code);
            boolean along = inKind < 0 && !c.source().equals(code) && !c.target().equals(code);
            String target = back ? c.source() : c.target();
            if (!back && !along || tellsItself(own, code, target)) {
                continue;
            }
            ActorRef ref = new ActorRef(subject.text(), code, subject.reason());
            Candidate copy = new Candidate(code, target, c.cameo(), ownDate != null ? ownDate : c.date(),
                    evidence(sentence), c.confidence() * COPY, List.of(ref), false, -1, c.directed());
            copies.putIfAbsent(code + ">" + target + " " + c.cameo().code(), copy);
        }
        return new ArrayList<>(copies.values());
    }

    /** "Seoul responded in kind by dropping Japan from its list": the sentence codes the act itself. */
    private static boolean tellsItself(List<Candidate> own, String source, String target) {
        return own.stream().anyMatch(c -> c.source().equals(source) && c.target().equals(target));
    }

    private static boolean isFollowedByPreposition(String lower, int phraseAt) {
        for (String phrase : THE_SAME) {
            if (lower.startsWith(phrase, phraseAt)) {
                String rest = lower.substring(phraseAt + phrase.length()).stripLeading();
                return rest.startsWith("for ") || rest.startsWith("to ") || rest.startsWith("with ");
            }
        }
        return false;
    }

    /** The sentence's own date, when it gives one ("responded in kind in March"), or null. */
    private static FuzzyDate ownDate(AnalysedSentence sentence) {
        for (TimeMention time : sentence.times()) {
            if (time.date() != null && time.cue() == null || time.date() != null && time.cue().equals("in")) {
                return time.date();
            }
        }
        return null;
    }

    private static int firstOf(String lower, List<String> phrases) {
        int first = -1;
        for (String phrase : phrases) {
            int at = lower.indexOf(phrase);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /**
     * The subject: the sentence's first actor, a state, office or leader named before the phrase with nothing but
     * a few words before it ("Turkey responded", "The Egyptian government reciprocated"); null otherwise.
     */
    private static ActorMention subject(AnalysedSentence sentence, int phraseStart) {
        if (sentence.actors().isEmpty()) {
            return null;
        }
        ActorMention first = sentence.actors().get(0);
        String before = sentence.sentence().text().substring(0, first.start() - sentence.sentence().start());
        boolean opens = before.isBlank() || before.strip().split("\\s+").length <= SUBJECT_WORDS
                && !before.strip().contains(",");
        return first.kind() == Kind.STATE && first.start() < phraseStart && opens ? first : null;
    }

    private static Evidence evidence(AnalysedSentence sentence) {
        String text = sentence.sentence().text();
        String quote = text.length() <= MAX_QUOTE ? text : text.substring(0, text.lastIndexOf(' ', MAX_QUOTE));
        return new Evidence(quote, text, sentence.sentence().start(), sentence.sentence().end(),
                sentence.sentence().index());
    }
}
