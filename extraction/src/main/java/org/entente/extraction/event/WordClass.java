package org.entente.extraction.event;

/** What a function word tells about the structure of its sentence (see {@code words.tsv}). */
enum WordClass {
    PREP, DET, BE, HAVE, MODAL, FUTURE, NEGATION, PLAN, CONDITIONAL, SUBORDINATOR, RELATIVE, COORDINATOR, PERSON,
    THING, PLURAL, RECIPROCAL, ADVERB, ORDINAL, PARTICIPLE, ENVOY, PROSPECTIVE, HEDGE, PRIVATE, IRREGULAR, REPORTING,
    PAST, EVALUATIVE, HABIT, CAUSATIVE
}
