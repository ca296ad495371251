package org.entente.ingest.service.parse;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse that produces more text than allowed or runs past its deadline. Checking the deadline here, on every
 * piece of output, stops parsers that ignore thread interruption as soon as they emit anything.
 */
final class TextBudgetHandler extends ContentHandlerDecorator {

    /** Thrown through the parser to stop it; {@link #reason} says which budget ran out. */
    static final class BudgetExceeded extends SAXException {
        enum Reason { CHARACTERS, TIME }

        private final Reason reason;

        BudgetExceeded(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }

    private final long maxCharacters;
    private final long deadlineNanos;
    private long characters;
    private BudgetExceeded exceeded;

    TextBudgetHandler(ContentHandler handler, long maxCharacters, long deadlineNanos) {
        super(handler);
        this.maxCharacters = maxCharacters;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        spend(length);
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        spend(length);
        super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        checkDeadline();
        super.startElement(uri, localName, name, atts);
    }

    /** The budget that ran out, or null; set even when the parser caught the exception and carried on. */
    BudgetExceeded exceeded() {
        return exceeded;
    }

    private void spend(int length) throws SAXException {
        characters += length;
        if (characters > maxCharacters) {
            throw exceed(BudgetExceeded.Reason.CHARACTERS,
                    "the document holds more than " + maxCharacters + " characters of text");
        }
        checkDeadline();
    }

    private void checkDeadline() throws SAXException {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw exceed(BudgetExceeded.Reason.TIME, "the document took too long to parse");
        }
    }

    private BudgetExceeded exceed(BudgetExceeded.Reason reason, String message) {
        if (exceeded == null) {
            exceeded = new BudgetExceeded(reason, message);
        }
        return exceeded;
    }
}
