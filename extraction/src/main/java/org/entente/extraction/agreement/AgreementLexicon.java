package org.entente.extraction.agreement;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.entente.extraction.text.LowerWordSet;
import org.entente.extraction.text.Tsv;

/**
 * The agreement coder's dictionaries, loaded once from the TSV resources of this package: head nouns
 * ({@code agreement-nouns.tsv}), status words ({@code status-cues.tsv}), domain words ({@code domain-cues.tsv}),
 * modality words ({@code modality-cues.tsv}) and the closed-class words of the phrase reader
 * ({@code grammar-words.tsv}). Immutable and shared.
 */
final class AgreementLexicon {

    /** How a head noun may be used. */
    enum Use {
        /** names an agreement wherever it stands */
        HEAD,
        /** only inside a capitalised name */
        NAMED,
        /** only refers back to an agreement already named */
        ANAPHOR
    }

    /** A head noun. */
    record Noun(String type, boolean plural, Use use, String defaultDomain) {
    }

    /** How a status word finds its agreement. */
    enum Link {
        /** the agreement follows */
        OBJECT,
        /** the agreement comes first */
        SUBJECT,
        /** an order of goods, which is a contract with the seller */
        GOODS
    }

    /** The grammatical form of a status word. */
    enum Form {
        /** a verb form, passive after a form of "be" */
        VERB,
        /** a noun or gerund */
        NOUN,
        /** a noun that follows "be" without being passive ("were members of") */
        PREDICATE
    }

    /** A status word. */
    record StatusCue(Status status, boolean signing, Link link, Form form) {

        /** Whether it is a noun or gerund ("the signing of"). */
        boolean nominal() {
            return form == Form.NOUN;
        }
    }

    /** A domain word. */
    record DomainCue(String domain, boolean goods) {
    }

    /** What a modality word does to the clause. */
    enum Effect {
        NEGATION, HYPOTHETICAL, PLAN, DECISION
    }

    /** A modality word: its effect, and whether it governs its whole clause or only a status word close after it. */
    record ModalityCue(Effect effect, boolean clause) {
    }

    /** Classes of closed-class words; see {@code grammar-words.tsv}. */
    enum WordClass {
        DETERMINER, DEMONSTRATIVE, INDEFINITE, BE, PREPOSITION, PARTY, EXCLUDED, CLAUSE, PRONOUN, GROUP, ALIAS,
        LIST, VERB, ADVERB, EXAMPLE, PAST, NAME_LINK, LOCATIVE, TEMPORAL, DATE_CUE,
        OBJECT_PRONOUN, PERFECT, RELATIVE, MEDIATOR, POSSESSIVE, VISIT, SINCE_THEN, FRAME, ANNOUNCE, FUTURE,
        RENEWAL, GOVERNMENT, BECOME
    }

    private static final class Holder {
        static final AgreementLexicon STANDARD = new AgreementLexicon();
    }

    private final WordTable<Noun> nouns = new WordTable<>();
    private final WordTable<StatusCue> statuses = new WordTable<>();
    private final WordTable<DomainCue> domains = new WordTable<>();
    private final WordTable<ModalityCue> modality = new WordTable<>();
    private final WordTable<Set<WordClass>> grammar = new WordTable<>();
    private final Map<String, Set<WordClass>> singleWords = new HashMap<>();
    /** Words one of which a sentence must hold to state an agreement: head nouns' first words and order words. */
    private final Set<String> keywords;
    /** Words one of which a sentence must hold to state the status of an agreement named before: status words. */
    private final Set<String> statusKeywords;
    /** {@link #keywords} and {@link #statusKeywords} for look-ups of spans of text. */
    private final LowerWordSet keywordWords;
    private final LowerWordSet statusKeywordWords;

    private AgreementLexicon() {
        Set<String> keywordSet = new TreeSet<>();
        Set<String> statusSet = new TreeSet<>();
        for (String[] row : Tsv.read(AgreementLexicon.class, "agreement-nouns.tsv", "form", "type", "plural", "use",
                "domain")) {
            nouns.put(row[0], new Noun(row[1], yes(row[2]), Use.valueOf(upper(row[3])),
                    row[4].equals("-") ? null : row[4]));
            keywordSet.add(row[0].split(" ")[0]);
        }
        for (String[] row : Tsv.read(AgreementLexicon.class, "status-cues.tsv", "phrase", "status", "signing", "link",
                "form")) {
            StatusCue cue = new StatusCue(Status.ofWire(row[1]), yes(row[2]), Link.valueOf(upper(row[3])),
                    Form.valueOf(upper(row[4])));
            statuses.put(row[0], cue);
            statusSet.add(row[0].split(" ")[0]);
            if (cue.link() == Link.GOODS) {
                keywordSet.add(row[0]);
            }
        }
        for (String[] row : Tsv.read(AgreementLexicon.class, "domain-cues.tsv", "cue", "domain", "goods")) {
            domains.put(row[0], new DomainCue(row[1], yes(row[2])));
        }
        for (String[] row : Tsv.read(AgreementLexicon.class, "modality-cues.tsv", "cue", "effect", "scope")) {
            modality.put(row[0], new ModalityCue(Effect.valueOf(upper(row[1])), row[2].equals("clause")));
        }
        for (String[] row : Tsv.read(AgreementLexicon.class, "grammar-words.tsv", "word", "class")) {
            Set<WordClass> wordClass = EnumSet.of(WordClass.valueOf(upper(row[1])));
            grammar.put(row[0], wordClass, AgreementLexicon::union);
            if (!row[0].contains(" ")) {
                singleWords.merge(row[0], wordClass, AgreementLexicon::union);
            }
        }
        this.keywords = Set.copyOf(keywordSet);
        this.statusKeywords = Set.copyOf(statusSet);
        this.keywordWords = LowerWordSet.of(keywordSet);
        this.statusKeywordWords = LowerWordSet.of(statusSet);
    }

    /** Whether {@code text[start, end)}, lower-cased, can start an agreement phrase or an order. */
    boolean isKeyword(String text, int start, int end) {
        return keywordWords.containsLowerCased(text, start, end);
    }

    /** Whether {@code text[start, end)}, lower-cased, can start a status word. */
    boolean isStatusKeyword(String text, int start, int end) {
        return statusKeywordWords.containsLowerCased(text, start, end);
    }

    /** Whether a lower-case word can start an agreement phrase or an order. */
    boolean isKeyword(String lower) {
        return keywords.contains(lower);
    }

    /** Whether a lower-case word can start a status word. */
    boolean isStatusKeyword(String lower) {
        return statusKeywords.contains(lower);
    }

    static AgreementLexicon standard() {
        return Holder.STANDARD;
    }

    WordTable<Noun> nouns() {
        return nouns;
    }

    WordTable<StatusCue> statuses() {
        return statuses;
    }

    WordTable<DomainCue> domains() {
        return domains;
    }

    WordTable<ModalityCue> modality() {
        return modality;
    }

    /** Whether the single word {@code lower} belongs to the class. */
    boolean is(String lower, WordClass wordClass) {
        Set<WordClass> classes = singleWords.get(lower);
        return classes != null && classes.contains(wordClass);
    }

    /** The longest grammar phrase of the class starting at token {@code i}, as its length, or 0. */
    int phraseAt(String[] lower, int i, WordClass wordClass) {
        WordTable.Match<Set<WordClass>> m = grammar.at(lower, i);
        return m != null && m.value().contains(wordClass) ? m.length() : 0;
    }

    /** The longest grammar phrase of the class ending at token {@code last}, as its length, or 0. */
    int phraseEndingAt(String[] lower, int last, WordClass wordClass) {
        WordTable.Match<Set<WordClass>> m = grammar.endingAt(lower, last);
        return m != null && m.value().contains(wordClass) ? m.length() : 0;
    }

    private static Set<WordClass> union(Set<WordClass> a, Set<WordClass> b) {
        EnumSet<WordClass> both = EnumSet.copyOf(a);
        both.addAll(b);
        return both;
    }

    private static boolean yes(String field) {
        return field.equals("yes");
    }

    private static String upper(String field) {
        return field.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
