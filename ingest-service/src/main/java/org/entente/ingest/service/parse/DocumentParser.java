package org.entente.ingest.service.parse;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.entente.ingest.service.InputRejectedException;
import org.entente.ingest.service.ParserBusyException;
import org.entente.ingest.service.Rejection;
import org.entente.ingest.service.archive.ZipArchiveReader;
import org.entente.ingest.service.archive.ZipLimitException;
import org.jboss.logging.Logger;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns an uploaded file into plain text with Apache Tika, within limits a hostile file cannot break: the type is
 * detected from the content and must be accepted; zip containers (DOCX, ODT) are inflated once, counted, before a
 * parser opens them; embedded documents are skipped; the text is capped; and every parse runs on a bounded pool of
 * threads with a deadline. Tika's own guards stay on (a {@link SecureContentHandler} against decompression bombs,
 * XML readers without external entities).
 *
 * <p>Every problem with the file is reported as an {@link InputRejectedException}; a full pool as a
 * {@link ParserBusyException}. Thread-safe; {@link #close()} stops its threads.
 */
public final class DocumentParser implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DocumentParser.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final ParseSettings settings;
    private final Parser parser;
    private final Detector detector;
    private final MediaTypePolicy policy;
    private final ZipArchiveReader containerReader;
    private final ExecutorService executor;

    DocumentParser(ParseSettings settings, Parser parser, Detector detector, MediaTypeRegistry registry,
                   ExecutorService executor) {
        this.settings = settings;
        this.parser = parser;
        this.detector = detector;
        this.policy = new MediaTypePolicy(registry, settings.acceptedTypes());
        this.containerReader = new ZipArchiveReader(settings.containers());
        this.executor = executor;
    }

    /**
     * A parser with Tika's default configuration (every parser module on the class path) and its own pool of
     * {@link ParseSettings#threads()} threads.
     *
     * @param settings the limits
     */
    public static DocumentParser withTika(ParseSettings settings) {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        return new DocumentParser(settings, new AutoDetectParser(tika), tika.getDetector(),
                tika.getMediaTypeRegistry(), boundedPool(settings));
    }

    /** Stops the parser threads, interrupting running parses. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static ExecutorService boundedPool(ParseSettings settings) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = runnable -> {
            Thread thread = new Thread(runnable, "document-parser-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.queue()), named, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * The media type Tika detects from the content, refined by the file name where the content allows it.
     *
     * @param fileName the name the client gave the file, or null
     * @param content  the file
     */
    public MediaType detect(String fileName, byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return detect(fileName, in);
        } catch (IOException e) {
            throw new UncheckedIOException("detecting the type of an in-memory file", e);
        }
    }

    /**
     * The media type Tika detects from a file's content, refined by its name where the content allows it.
     *
     * @param fileName the name the client gave the file, or null
     * @param file     where the file is
     * @throws IOException when the file cannot be read
     */
    public MediaType detect(String fileName, Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detect(fileName, in);
        }
    }

    private MediaType detect(String fileName, TikaInputStream in) throws IOException {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        return detector.detect(in, metadata);
    }

    /**
     * Parses one file.
     *
     * @param fileName the name the client gave the file, or null; it refines the detected type
     * @param content  the file
     * @return its text and metadata
     * @throws InputRejectedException when the file is empty, of a type not accepted, damaged, encrypted, too complex or
     *                                too slow to parse
     * @throws ParserBusyException    when every parser thread is busy and the queue is full
     */
    public ParsedDocument parse(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new InputRejectedException(Rejection.EMPTY_TEXT, "The file is empty.");
        }
        MediaType type = detect(fileName, content);
        if (!policy.accepts(type)) {
            throw new InputRejectedException(Rejection.UNSUPPORTED_MEDIA_TYPE, "Files of type " + type.getBaseType()
                    + " are not accepted; send text, HTML, XML, PDF, Word, OpenDocument text or RTF.");
        }
        if (policy.isZipContainer(type)) {
            inspectContainer(content, type);
        }
        return withDeadline(deadline -> parseNow(fileName, content, type, deadline));
    }

    private void inspectContainer(byte[] content, MediaType type) {
        try {
            containerReader.inspect(content);
        } catch (ZipLimitException e) {
            Rejection rejection = e.kind() == ZipLimitException.Kind.MALFORMED
                    ? Rejection.UNREADABLE_DOCUMENT : Rejection.DOCUMENT_TOO_COMPLEX;
            throw new InputRejectedException(rejection, "The " + type.getBaseType() + " file was refused: "
                    + e.getMessage() + ".");
        }
    }

    private ParsedDocument withDeadline(DeadlineTask task) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        Future<ParsedDocument> future;
        try {
            future = executor.submit(() -> task.run(deadline));
        } catch (RejectedExecutionException e) {
            throw new ParserBusyException(RETRY_AFTER);
        }
        try {
            return future.get(settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a parse");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause(); // a DeadlineTask throws no checked exception
        }
    }

    private ParsedDocument parseNow(String fileName, byte[] content, MediaType type, long deadline) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        BodyContentHandler body = new BodyContentHandler(-1);
        TextBudgetHandler budget = new TextBudgetHandler(body, settings.maxCharacters(), deadline);
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbeddedDocuments());
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, budget, metadata, context);
        } catch (IOException | SAXException | TikaException e) {
            throw rejection(e, type);
        } catch (StackOverflowError e) {
            throw new InputRejectedException(Rejection.DOCUMENT_TOO_COMPLEX,
                    "The document is nested too deeply to be parsed.");
        }
        if (budget.exceeded() != null) {
            // the parser caught the budget's exception and carried on; the text is incomplete
            throw rejection(budget.exceeded(), type);
        }
        return new ParsedDocument(body.toString(), type.getBaseType().toString(), DocumentMetadata.title(metadata),
                DocumentMetadata.published(metadata));
    }

    private InputRejectedException rejection(Exception e, MediaType type) {
        TextBudgetHandler.BudgetExceeded budget = causeOf(e, TextBudgetHandler.BudgetExceeded.class);
        if (budget != null) {
            return budget.reason() == TextBudgetHandler.BudgetExceeded.Reason.TIME ? timedOut()
                    : new InputRejectedException(Rejection.DOCUMENT_TOO_COMPLEX,
                            "The document was refused: " + budget.getMessage() + ".");
        }
        if (causeOf(e, EncryptedDocumentException.class) != null) {
            return new InputRejectedException(Rejection.ENCRYPTED_DOCUMENT,
                    "The " + type.getBaseType() + " file is encrypted or password-protected.");
        }
        if (causeOf(e, TikaMemoryLimitException.class) != null || isTikaBombAlarm(e)) {
            return new InputRejectedException(Rejection.DOCUMENT_TOO_COMPLEX,
                    "The document expands far beyond its size (a suspected decompression bomb).");
        }
        LOG.debugf(e, "unreadable %s upload", type);
        return new InputRejectedException(Rejection.UNREADABLE_DOCUMENT, "The file could not be read as "
                + type.getBaseType() + "; it may be damaged.");
    }

    private InputRejectedException timedOut() {
        return new InputRejectedException(Rejection.PARSE_TIMEOUT,
                "The document took longer than " + settings.timeout().toSeconds() + " seconds to parse.");
    }

    /** Whether Tika's own {@link SecureContentHandler} stopped the parse (its exception class is private). */
    private static boolean isTikaBombAlarm(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getEnclosingClass() == SecureContentHandler.class) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @FunctionalInterface
    private interface DeadlineTask {
        ParsedDocument run(long deadlineNanos);
    }
}
