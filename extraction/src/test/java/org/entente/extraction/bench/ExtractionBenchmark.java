package org.entente.extraction.bench;

import java.util.concurrent.TimeUnit;

import org.entente.extraction.Document;
import org.entente.extraction.ExtractionEngine;
import org.entente.extraction.text.Sentence;
import org.entente.extraction.text.SentenceSplitter;
import org.entente.extraction.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation is one pass over the whole corpus, on one thread:
 * <ul>
 *   <li>{@link #engine}: the extraction engine, article by article (normalise, analyse, code facts);</li>
 *   <li>{@link #bare}: the bare pass the engine is measured against — sentence split and tokenise each article.</li>
 * </ul>
 * {@link ExtractionBench} turns the operation rates into MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    private Corpus corpus;
    private ExtractionEngine engine;
    private SentenceSplitter splitter;
    private Tokenizer tokenizer;

    @Setup
    public void setUp() {
        corpus = Corpus.load();
        engine = ExtractionEngine.create();
        splitter = new SentenceSplitter();
        tokenizer = new Tokenizer();
    }

    @Benchmark
    public void engine(Blackhole bh) {
        for (int i = 0; i < corpus.texts().size(); i++) {
            bh.consume(engine.extract(Document.of(corpus.names().get(i), corpus.texts().get(i))));
        }
    }

    @Benchmark
    public void bare(Blackhole bh) {
        for (String text : corpus.texts()) {
            for (Sentence s : splitter.split(text)) {
                bh.consume(tokenizer.tokenize(text, s.start(), s.end()));
            }
        }
    }
}
