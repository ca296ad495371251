package org.entente.localstack.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * An SLF4J provider that prints to standard error, WARN and above unless told otherwise, for the JVMs that run the
 * Kafka broker (the {@code ./entente up} launcher and the infrastructure process of the tests).
 *
 * <p>It is deliberately <em>not</em> registered through {@code META-INF/services}: services put this module on
 * their test classpath, where Quarkus already binds SLF4J, and a second registered provider would make SLF4J pick
 * one at random. A JVM selects it explicitly with {@code -Dslf4j.provider=} this class' name. The threshold comes
 * from the system property {@value #LEVEL_PROPERTY} ({@code ERROR}, {@code WARN}, {@code INFO}, {@code DEBUG} or
 * {@code TRACE}).
 */
public final class ConsoleLoggerProvider implements SLF4JServiceProvider {

    /** System property holding the lowest level that is printed. */
    public static final String LEVEL_PROPERTY = "entente.log.level";

    /**
     * Makes this the SLF4J provider of a command-line JVM (the launcher, the benchmarks) unless the command line
     * chose another, and keeps SLF4J's own notices quiet. Call it first in {@code main}, before anything asks SLF4J
     * for a logger.
     */
    public static void selectForThisJvm() {
        String name = ConsoleLoggerProvider.class.getName();
        System.setProperty("slf4j.provider", System.getProperty("slf4j.provider", name));
        System.setProperty("slf4j.internal.verbosity", System.getProperty("slf4j.internal.verbosity", "WARN"));
    }

    private ILoggerFactory loggerFactory;
    private IMarkerFactory markerFactory;
    private MDCAdapter mdcAdapter;

    @Override
    public void initialize() {
        Level threshold = Level.valueOf(System.getProperty(LEVEL_PROPERTY, "WARN").trim().toUpperCase(Locale.ROOT));
        ConcurrentMap<String, ConsoleLogger> loggers = new ConcurrentHashMap<>();
        loggerFactory = name -> loggers.computeIfAbsent(name, key -> new ConsoleLogger(key, threshold, System.err));
        markerFactory = new BasicMarkerFactory();
        mdcAdapter = new NOPMDCAdapter();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }
}
