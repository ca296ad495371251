package org.entente.ingest.bench;

import org.entente.extraction.ExtractionEngine;
import org.entente.ingest.service.AnalyzedArticle;
import org.entente.ingest.service.ArticleAnalyzer;
import org.entente.ingest.service.ArticleContent;
import org.entente.ingest.service.ArticleMetadata;
import org.entente.ingest.service.ArticleSubmission;
import org.entente.ingest.service.archive.ZipLimits;
import org.entente.ingest.service.parse.DocumentParser;
import org.entente.ingest.service.parse.ParseSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Parse + extract of the whole sample corpus, as ingest-service does it for one upload ({@link ArticleAnalyzer}, the
 * real Tika parser and extraction engine), for each upload form. One operation is the whole corpus; {@link IngestBench}
 * turns it into milliseconds per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalyzeBenchmark {

    private ArticleAnalyzer analyzer;
    private DocumentParser parser;
    private List<ArticleSubmission> text;
    private List<ArticleSubmission> html;
    private List<ArticleSubmission> pdf;
    private List<ArticleSubmission> docx;

    @Setup(Level.Trial)
    public void setUp() {
        parser = DocumentParser.withTika(new ParseSettings(Duration.ofSeconds(60), 1, 1, 2_000_000,
                List.of("text/plain", "application/xml", "application/pdf",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                new ZipLimits(10_000, 200_000_000, 100, 1_000_000)));
        analyzer = new ArticleAnalyzer(parser, ExtractionEngine.create());
        List<String> texts = CorpusFiles.texts();
        text = texts.stream().map(t -> submission(new ArticleContent.Text(t))).toList();
        html = files(texts, "article.html", CorpusFiles::html);
        pdf = files(texts, "article.pdf", CorpusFiles::pdf);
        docx = files(texts, "article.docx", CorpusFiles::docx);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        parser.close();
    }

    @Benchmark
    public void text(Blackhole out) {
        analyzeAll(text, out);
    }

    @Benchmark
    public void html(Blackhole out) {
        analyzeAll(html, out);
    }

    @Benchmark
    public void pdf(Blackhole out) {
        analyzeAll(pdf, out);
    }

    @Benchmark
    public void docx(Blackhole out) {
        analyzeAll(docx, out);
    }

    private void analyzeAll(List<ArticleSubmission> articles, Blackhole out) {
        for (ArticleSubmission article : articles) {
            AnalyzedArticle analyzed = analyzer.analyze(article);
            out.consume(analyzed.id());
        }
    }

    private static List<ArticleSubmission> files(List<String> texts, String name, Function<String, byte[]> format) {
        return texts.stream().map(t -> submission(new ArticleContent.File(name, format.apply(t)))).toList();
    }

    private static ArticleSubmission submission(ArticleContent content) {
        return new ArticleSubmission(ArticleMetadata.none(), content);
    }
}
