package org.entente.extraction.event;

/**
 * A trigger found in a sentence.
 *
 * @param start   index of its first token
 * @param end     index just past its last token
 * @param trigger the trigger, its part of speech read from the context
 */
record Hit(int start, int end, Trigger trigger) {

    boolean isVerb() {
        return trigger.isVerb();
    }
}
