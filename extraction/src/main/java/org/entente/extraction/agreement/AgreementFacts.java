package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.entente.extraction.ActorRef;
import org.entente.extraction.Agreement;
import org.entente.extraction.Event;
import org.entente.extraction.Evidence;
import org.entente.extraction.FuzzyDate;
import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.agreement.AgreementMemory.Entity;

/**
 * The agreement facts of one article as its statements are recorded: one fact per agreement and status, with every
 * statement of it as evidence (the first date given wins), then the facts and the events of reported signings.
 * One per article; not thread-safe.
 */
final class AgreementFacts {

    /** The longest evidence quote. */
    private static final int MAX_QUOTE = 199;
    /** How far before a status word the quote starts at most. */
    private static final int QUOTE_LEAD = 12;

    private record Key(int entity, Status status) {
    }

    private static final class Fact {
        final Entity entity;
        final Status status;
        final List<String> parties;
        FuzzyDate date;
        String description;
        final List<Evidence> evidence = new ArrayList<>();
        final List<Evidence> signingEvidence = new ArrayList<>();
        final Map<String, ActorRef> actors = new LinkedHashMap<>();
        /** The parties in the order the report of the signing shows them acting. */
        final List<String> signers = new ArrayList<>();
        double confidence;

        Fact(Entity entity, Status status, Set<String> parties) {
            this.entity = entity;
            this.status = status;
            this.parties = List.copyOf(new TreeSet<>(parties));
        }
    }

    private final FuzzyDate publication;
    private final Map<Key, Fact> facts = new LinkedHashMap<>();

    /** @param publication the time of writing, which dates a proposal stated in the present tense, or null */
    AgreementFacts(FuzzyDate publication) {
        this.publication = publication;
    }

    /**
     * Records a statement of an agreement.
     *
     * @param parties    the parties the statement gives it (the first statement of a fact gives the fact's)
     * @param confidence how sure the reading is, 0 to 1
     */
    void add(Entity entity, Statement statement, Set<String> parties, SentenceWords words, double confidence) {
        Fact fact = facts.computeIfAbsent(new Key(entity.id(), statement.status()),
                k -> new Fact(entity, statement.status(), parties));
        if (fact.date == null) {
            fact.date = dateOf(statement);
        }
        if (fact.description == null) {
            fact.description = description(statement.phrase(), words);
        }
        Evidence evidence = evidence(statement, words);
        if (fact.evidence.stream().noneMatch(e -> e.sentenceIndex() == evidence.sentenceIndex())) {
            fact.evidence.add(evidence);
        }
        if (statement.signing()) {
            fact.signingEvidence.add(evidence);
            if (fact.signers.isEmpty()) {
                fact.signers.addAll(signers(statement.parties()));
            }
        }
        for (ActorMention m : words.analysed().actors()) {
            if (m.isState() && fact.parties.contains(m.code())) {
                fact.actors.putIfAbsent(m.code(), m.toActorRef());
            }
        }
        fact.confidence = Math.max(fact.confidence, confidence);
    }

    /**
     * The agreement of a signed fact with these parties, a compatible type and the year of {@code date}, or null:
     * what a later mention of a dated agreement ("the 2000 border agreement") refers to.
     */
    Entity signedIn(Set<String> parties, FuzzyDate date, String type) {
        if (date == null) {
            return null;
        }
        for (Fact f : facts.values()) {
            if (f.status == Status.SIGNED && f.date != null && f.date.year() == date.year()
                    && f.parties.equals(List.copyOf(new TreeSet<>(parties)))
                    && AgreementMemory.compatible(type, f.entity.type())) {
                return f.entity;
            }
        }
        return null;
    }

    /** The date of the last dated fact recorded of an agreement, or null. */
    FuzzyDate lastDate(Entity entity) {
        FuzzyDate last = null;
        for (Fact f : facts.values()) {
            if (f.entity == entity && f.date != null) {
                last = f.date;
            }
        }
        return last;
    }

    /** The agreement facts recorded, in the order they were first stated. */
    List<Agreement> agreements() {
        List<Agreement> out = new ArrayList<>(facts.size());
        for (Fact f : facts.values()) {
            out.add(agreement(f));
        }
        return out;
    }

    /** The 057 events of the signings the statements reported. */
    List<Event> signings(SigningEvents events) {
        List<Event> out = new ArrayList<>();
        for (Fact f : facts.values()) {
            if (f.status == Status.SIGNED && !f.signingEvidence.isEmpty()) {
                out.addAll(events.of(agreement(f), f.signers, f.signingEvidence));
            }
        }
        return out;
    }

    /** Those who acted in a signing: the visitor, the clause's one subject, the agents of a passive. */
    private static List<String> signers(Statement.Parties parties) {
        Set<String> order = new LinkedHashSet<>();
        List<String> actors = parties.actors();
        if (!actors.isEmpty()) {
            order.add(actors.get(0));
        }
        if (parties.subject().size() == 1) {
            order.addAll(parties.subject());
        }
        order.addAll(actors);
        return List.copyOf(order);
    }

    private Agreement agreement(Fact f) {
        List<String> parties = f.parties;
        String title = f.entity.title() != null ? f.entity.title() : f.description;
        return new Agreement(parties, title, f.entity.type(), f.entity.domain(), f.status.wire(), f.date,
                List.copyOf(f.evidence), f.confidence, List.copyOf(f.actors.values()));
    }

    private FuzzyDate dateOf(Statement s) {
        if (s.date() != null) {
            return s.date();
        }
        return s.present() && publication != null ? FuzzyDate.ofYear(publication.year()) : null;
    }

    /** A short description from the phrase's own words: "defence pact", "agreement to promote tourism". */
    private static String description(AgreementPhrase p, SentenceWords words) {
        int first = p.determiner() != null ? p.start() + 1 : p.start();
        int last = Math.min(p.complementEnd() - 1, first + 14);
        while (last > first && (!words.token(last).isWord() && !words.punct(last, ')')
                || words.lower(last).equals("and") || words.lower(last).equals("or"))) {
            last--;
        }
        String text = words.text(Math.min(first, p.headFirst()), Math.max(last, p.headLast()));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Evidence evidence(Statement s, SentenceWords words) {
        int first = Math.max(s.quoteFirst() - QUOTE_LEAD, words.clauseStart(s.quoteFirst()));
        String sentence = words.analysed().sentence().text();
        int last = s.quoteLast();
        while (last > first && (!words.token(last).isWord() && !words.punct(last, ')')
                || words.lower(last).equals("and") || words.lower(last).equals("or"))) {
            last--;
        }
        int start = words.token(first).start();
        int end = words.token(last).end();
        String quote = words.analysed().sentence().text().substring(start - words.analysed().sentence().start(),
                end - words.analysed().sentence().start());
        if (quote.length() > MAX_QUOTE) {
            int cut = quote.lastIndexOf(' ', MAX_QUOTE);
            quote = quote.substring(0, cut > 0 ? cut : MAX_QUOTE);
        }
        return new Evidence(quote, sentence, words.analysed().sentence().start(), words.analysed().sentence().end(),
                words.analysed().sentence().index());
    }
}
