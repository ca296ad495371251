package org.entente.extraction.actor;

import java.util.List;
import java.util.Map;

/** Fills a {@link Gazetteer} from the TSV dictionaries of this package. */
final class DictionaryLoader {

    private static final Entry.Flags PERSON_NAME = new Entry.Flags(true, false, false, false);
    private static final Entry.Flags COMBINING = new Entry.Flags(false, true, false, false);
    private static final Entry.Flags MILITANT_CONTEXT = new Entry.Flags(false, false, true, false);
    private static final Entry.Flags PORTFOLIO = new Entry.Flags(false, false, false, true);

    private DictionaryLoader() {
    }

    static void load(Gazetteer gazetteer, Leaders leaders) {
        countries(gazetteer);
        demonyms(gazetteer);
        places(gazetteer, "capitals.tsv", Category.CAPITAL, "capital");
        places(gazetteer, "cities.tsv", Category.CITY, "city");
        places(gazetteer, "regions.tsv", Category.REGION, "region");
        institutions(gazetteer);
        nonState(gazetteer);
        offices(gazetteer);
        leaders(gazetteer, leaders);
        coreference(gazetteer);
        for (TsvTable.Row row : TsvTable.read("nonactors.tsv", "phrase").rows()) {
            String phrase = row.required("phrase");
            gazetteer.add(phrase, Category.NONACTOR, null, phrase, "not an actor", Entry.Flags.NONE, List.of());
        }
    }

    private static void countries(Gazetteer gazetteer) {
        TsvTable table = TsvTable.read("countries.tsv", "code", "name", "official", "short", "historical", "flags");
        for (TsvTable.Row row : table.rows()) {
            String code = row.required("code");
            boolean personName = row.get("flags").contains("person-name");
            String name = row.required("name");
            gazetteer.add(name, Category.COUNTRY, code, code, "name",
                    personName && !name.contains(" ") ? PERSON_NAME : Entry.Flags.NONE, List.of());
            add(gazetteer, row.list("official"), Category.COUNTRY, code, code, "official name");
            add(gazetteer, row.list("short"), Category.COUNTRY, code, code, "short name");
            add(gazetteer, row.list("historical"), Category.COUNTRY, code, code, "historical name");
        }
    }

    private static void demonyms(Gazetteer gazetteer) {
        for (TsvTable.Row row : TsvTable.read("demonyms.tsv", "code", "forms").rows()) {
            String code = row.required("code");
            for (String form : row.list("forms")) {
                if (form.endsWith("-")) {
                    gazetteer.add(form.substring(0, form.length() - 1), Category.DEMONYM, code, code, "demonym",
                            COMBINING, List.of());
                } else {
                    gazetteer.add(form, Category.DEMONYM, code, code, "demonym", Entry.Flags.NONE, List.of());
                }
            }
        }
    }

    private static void places(Gazetteer gazetteer, String file, Category category, String defaultReason) {
        boolean hasReason = "capitals.tsv".equals(file);
        TsvTable table = hasReason ? TsvTable.read(file, "code", "name", "variants", "reason", "flags")
                : TsvTable.read(file, "code", "name", "variants");
        for (TsvTable.Row row : table.rows()) {
            String code = row.get("code").isEmpty() ? null : row.get("code");
            String name = row.required("name");
            String reason = hasReason && !row.get("reason").isEmpty() ? row.get("reason") : defaultReason;
            boolean personName = category != Category.REGION && row.get("flags").contains("person-name");
            Entry.Flags flags = personName ? PERSON_NAME : Entry.Flags.NONE;
            gazetteer.add(name, category, code, name, reason, flags, List.of());
            for (String variant : row.list("variants")) {
                gazetteer.add(variant, category, code, name, reason, flags, List.of());
            }
        }
    }

    private static void institutions(Gazetteer gazetteer) {
        for (TsvTable.Row row : TsvTable.read("institutions.tsv", "code", "id", "name", "variants").rows()) {
            String code = row.required("code");
            String id = row.required("id");
            boolean igo = "IGO".equals(code);
            Category category = igo ? Category.ORGANISATION : Category.INSTITUTION;
            String reason = igo ? "organisation" : "institution";
            gazetteer.add(row.required("name"), category, code, id, reason, Entry.Flags.NONE, List.of());
            add(gazetteer, row.list("variants"), category, code, id, reason);
        }
    }

    private static void nonState(Gazetteer gazetteer) {
        TsvTable table = TsvTable.read("nonstate.tsv", "id", "name", "variants", "type", "context");
        for (TsvTable.Row row : table.rows()) {
            String id = row.required("id");
            String type = row.required("type");
            Category category = switch (type) {
                case "people" -> Category.PEOPLE;
                case "militants" -> Category.MILITANTS;
                case "militant" -> Category.MILITANT;
                case "group-word" -> Category.GROUP_WORD;
                default -> Category.GROUP;
            };
            Entry.Flags flags = "militant".equals(row.get("context")) ? MILITANT_CONTEXT : Entry.Flags.NONE;
            gazetteer.add(row.required("name"), category, null, id, type, flags, List.of());
            for (String variant : row.list("variants")) {
                gazetteer.add(variant, category, null, id, type, flags, List.of());
            }
        }
    }

    private static void offices(Gazetteer gazetteer) {
        for (TsvTable.Row row : TsvTable.read("offices.tsv", "word", "role", "of").rows()) {
            String word = row.required("word");
            String role = row.required("role");
            Category category = switch (role) {
                case "head-person" -> Category.HEAD_PERSON;
                case "head-body" -> Category.HEAD_BODY;
                case "modifier" -> Category.MODIFIER;
                case "title" -> Category.TITLE;
                default -> throw new IllegalStateException("offices.tsv: unknown role " + role);
            };
            Entry.Flags flags = "yes".equals(row.get("of")) ? PORTFOLIO : Entry.Flags.NONE;
            String reason = category == Category.HEAD_PERSON ? "office" : "institution";
            gazetteer.add(word, category, null, word, reason, flags, List.of());
        }
    }

    private static void leaders(Gazetteer gazetteer, Leaders leaders) {
        for (String id : leaders.ids()) {
            String code = leaders.code(id);
            for (String name : leaders.fullNames(id)) {
                gazetteer.add(name, Category.LEADER, code, id, "leader", Entry.Flags.NONE, List.of());
            }
        }
        for (Map.Entry<String, List<String>> alias : Gazetteer.aliases(leaders).entrySet()) {
            gazetteer.add(alias.getKey(), Category.ALIAS, null, alias.getKey(), "leader", Entry.Flags.NONE,
                    alias.getValue());
        }
    }

    private static void coreference(Gazetteer gazetteer) {
        for (TsvTable.Row row : TsvTable.read("coreference.tsv", "phrase", "refers").rows()) {
            String refers = row.required("refers");
            Category category = switch (refers) {
                case "pair" -> Category.PAIR;
                case "last" -> Category.LAST;
                default -> throw new IllegalStateException("coreference.tsv: unknown reference " + refers);
            };
            String phrase = row.required("phrase");
            gazetteer.add(phrase, category, null, phrase, "coreference", Entry.Flags.NONE, List.of());
        }
    }

    private static void add(Gazetteer gazetteer, List<String> phrases, Category category, String code,
                            String entity, String reason) {
        for (String phrase : phrases) {
            gazetteer.add(phrase, category, code, entity, reason, Entry.Flags.NONE, List.of());
        }
    }
}
