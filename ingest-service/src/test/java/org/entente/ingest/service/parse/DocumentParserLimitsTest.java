package org.entente.ingest.service.parse;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.entente.ingest.service.InputRejectedException;
import org.entente.ingest.service.ParserBusyException;
import org.entente.ingest.service.Rejection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;

import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.entente.ingest.testing.TestDocuments.utf8;

/** The time and capacity limits, with a parser that blocks until the test releases it. */
class DocumentParserLimitsTest {

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ThreadPoolExecutor oneThread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1));

    @AfterEach
    void releaseParser() {
        release.countDown();
        oneThread.shutdownNow();
    }

    @Test
    void parseThatOutlivesItsTimeoutIsRefused() {
        DocumentParser parser = parserWith(Duration.ofMillis(200));

        assertThatThrownBy(() -> parser.parse("slow.txt", utf8("never finishes")))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.PARSE_TIMEOUT));
    }

    @Test
    void fullParserQueueAnswersBusyWithRetryAfter() throws InterruptedException {
        DocumentParser parser = parserWith(Duration.ofMinutes(1));
        CompletableFuture<ParsedDocument> running = CompletableFuture.supplyAsync(() -> parser.parse("a.txt", utf8("a")));
        entered.await();
        CompletableFuture<ParsedDocument> queued = CompletableFuture.supplyAsync(() -> parser.parse("b.txt", utf8("b")));
        await().until(() -> oneThread.getQueue().size() == 1);

        assertThatThrownBy(() -> parser.parse("c.txt", utf8("c")))
                .isInstanceOfSatisfying(ParserBusyException.class,
                        e -> assertThat(e.retryAfter()).isPositive());

        release.countDown();
        assertThat(running.join().text()).contains("released");
        assertThat(queued.join().text()).contains("released");
    }

    private DocumentParser parserWith(Duration timeout) {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        ParseSettings settings = new ParseSettings(timeout, 1, 1, 1000, DocumentParserTest.ACCEPTED,
                DocumentParserTest.ZIP_LIMITS);
        return new DocumentParser(settings, new BlockingParser(), tika.getDetector(), tika.getMediaTypeRegistry(),
                oneThread);
    }

    /** Waits for the test's release, ignoring interruption like a parser stuck in a loop, then writes one word. */
    private final class BlockingParser implements Parser {

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.TEXT_PLAIN);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws org.xml.sax.SAXException {
            entered.countDown();
            boolean released = false;
            while (!released) {
                try {
                    released = release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    // ignored on purpose: this parser plays one that does not stop when interrupted
                }
            }
            XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            xhtml.element("p", "released");
            xhtml.endDocument();
        }
    }
}
