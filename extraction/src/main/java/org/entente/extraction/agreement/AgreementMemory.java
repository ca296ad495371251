package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The agreements one article has named so far, so that later mentions find theirs: by name or acronym ("the
 * Baghdad Pact", "CENTO"), by a name given as another's ("X, which was renamed Y", "X or Y"), by a phrase that
 * points back ("that agreement", "the MoU", "the military alliance": the latest agreement of a compatible type and
 * domain), or by the same parties ("the agreement between A and B"). One per article; not thread-safe.
 */
final class AgreementMemory {

    /** One agreement of the article. */
    static final class Entity {
        private final int id;
        private final String type;
        private final Set<String> names = new TreeSet<>();
        private final Set<String> parties = new TreeSet<>();
        private String title;
        private String domain;
        private String defaultDomain;
        private String contextDomain;

        private Entity(int id, String type) {
            this.id = id;
            this.type = type;
        }

        int id() {
            return id;
        }

        String type() {
            return type;
        }

        /** The name it was first given, with its acronym, or null. */
        String title() {
            return title;
        }

        /**
         * The domain its mentions give, else its head noun's, else the one the sentence around its first mention
         * gives, else {@code other}.
         */
        String domain() {
            return domain != null ? domain : defaultDomain != null ? defaultDomain
                    : contextDomain != null ? contextDomain : "other";
        }

        Set<String> parties() {
            return parties;
        }
    }

    private static final Pattern QUOTES = Pattern.compile("[‘’'\"“”]");
    private static final Pattern DASHES = Pattern.compile("\\s*[‐‑‒–—-]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final AgreementLexicon lexicon;
    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byName = new HashMap<>();
    /** The acronyms of the agreements met, as written, with their agreements' types. */
    private final Map<String, String> acronyms = new HashMap<>();
    /** Names given as other names of agreements not yet met, each with its partner name. */
    private final Map<String, String> pendingAliases = new LinkedHashMap<>();

    AgreementMemory(AgreementLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The acronyms of the agreements met so far ("SEATO"), as written, each with its agreement's type. */
    Map<String, String> acronyms() {
        return acronyms;
    }

    /** Whether any agreement has been met. */
    boolean isEmpty() {
        return entities.isEmpty();
    }

    /** Records that two phrases name one agreement ("the Baghdad Pact, which was renamed CENTO"). */
    void alias(AgreementPhrase a, AgreementPhrase b) {
        List<String> namesA = names(a);
        List<String> namesB = names(b);
        for (AgreementPhrase p : List.of(a, b)) {
            if (p.acronym() != null) {
                acronyms.put(p.acronym(), p.type());
            }
        }
        Entity known = find(namesA);
        if (known == null) {
            known = find(namesB);
        }
        if (known != null) {
            addNames(known, namesA);
            addNames(known, namesB);
            return;
        }
        for (String x : namesA) {
            for (String y : namesB) {
                pendingAliases.put(x, y);
                pendingAliases.put(y, x);
            }
        }
    }

    /**
     * The agreement met before that a phrase names: by name or acronym, else (for a phrase without a name) by
     * referring back; null when there is none.
     */
    Entity known(AgreementPhrase p) {
        Entity found = find(names(p));
        return found == null && p.name() == null ? refersBack(p) : found;
    }

    /**
     * Records a statement of an agreement: of {@code known} (from {@link #known}), or of a new one when it is null.
     *
     * @param parties the parties the statement gives it; they join the agreement's parties
     */
    Entity record(AgreementPhrase p, Entity known, Set<String> parties) {
        Entity e = known;
        if (e == null) {
            e = new Entity(entities.size(), p.type());
            e.defaultDomain = p.noun().defaultDomain();
        } else {
            entities.remove(e);
        }
        entities.add(e);
        addNames(e, names(p));
        if (p.acronym() != null) {
            acronyms.put(p.acronym(), e.type);
        }
        if (e.title == null && p.name() != null) {
            e.title = p.acronym() == null ? p.name() : p.name() + " (" + p.acronym() + ")";
        }
        if (e.domain == null && p.domain() != null) {
            e.domain = p.domain();
        }
        e.parties.addAll(parties);
        return e;
    }

    /**
     * The latest agreement a phrase without a name refers back to, or null: a phrase that points back ("that
     * agreement", "those agreements", "the alliance") or a definite singular one ("the MoU"), of a compatible type
     * and domain, naming no party the agreement lacks.
     */
    private Entity refersBack(AgreementPhrase p) {
        boolean demonstrative = p.demonstrative(lexicon) || p.noun().use() == AgreementLexicon.Use.ANAPHOR;
        boolean definite = p.determiner() != null && !p.indefinite(lexicon) && !p.noun().plural();
        if (!demonstrative && !definite) {
            return null;
        }
        for (int k = entities.size() - 1; k >= 0; k--) {
            Entity e = entities.get(k);
            if (compatible(p.type(), e.type) && (p.domain() == null || p.domain().equals(e.domain()))
                    && e.parties.containsAll(p.parties())) {
                return e;
            }
        }
        return null;
    }

    /** Gives an agreement the domain of the sentence that first mentions it, when it has none yet. */
    void contextDomain(Entity e, String domain) {
        if (e.contextDomain == null) {
            e.contextDomain = domain;
        }
    }

    /** Whether a phrase of type {@code a} can name an agreement of type {@code b}. */
    static boolean compatible(String a, String b) {
        return a.equals(b) || a.equals("agreement") || b.equals("agreement")
                || isAlliance(a) && isAlliance(b);
    }

    private static boolean isAlliance(String type) {
        return type.equals("pact") || type.equals("treaty");
    }

    private Entity find(List<String> names) {
        for (String name : names) {
            Entity e = byName.get(name);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private void addNames(Entity e, List<String> names) {
        for (String name : names) {
            e.names.add(name);
            byName.put(name, e);
            String partner = pendingAliases.remove(name);
            if (partner != null) {
                e.names.add(partner);
                byName.put(partner, e);
            }
        }
    }

    /** The normalised name and acronym of a phrase ("baghdad pact", "cento"). */
    private static List<String> names(AgreementPhrase p) {
        List<String> names = new ArrayList<>(2);
        if (p.name() != null) {
            names.add(normalise(p.name()));
        }
        if (p.acronym() != null) {
            names.add(p.acronym().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static String normalise(String name) {
        String s = QUOTES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        s = SPACES.matcher(DASHES.matcher(s).replaceAll("-")).replaceAll(" ").trim();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
