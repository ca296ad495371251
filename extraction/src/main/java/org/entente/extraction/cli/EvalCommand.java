package org.entente.extraction.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.extraction.eval.JsonLines;
import org.entente.extraction.eval.KindScore;
import org.entente.extraction.eval.Score;
import org.entente.extraction.eval.Scorer;

/**
 * {@code eval [--gold G] [--manifest M] [--pred P] [--docs a,b] [--json] [--misses] [DIR]}: extracts the articles
 * of DIR (or reads predictions from P) and scores them against the gold, printing what {@code score.py} prints.
 */
final class EvalCommand {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ExtractCommand extract;

    EvalCommand(ExtractCommand extract) {
        this.extract = extract;
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Path gold = Path.of("samples/eval/seeds-gold.jsonl");
        Path manifestFile = Path.of("samples/eval/seeds-manifest.jsonl");
        Path predFile = null;
        Path dir = Path.of("samples/articles");
        Set<String> docs = null;
        boolean json = false;
        boolean misses = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (a) {
                case "--gold" -> gold = hasValue ? Path.of(args.get(++i)) : null;
                case "--manifest" -> manifestFile = hasValue ? Path.of(args.get(++i)) : null;
                case "--pred" -> predFile = hasValue ? Path.of(args.get(++i)) : null;
                case "--docs" -> docs = hasValue ? new HashSet<>(Arrays.asList(args.get(++i).split(","))) : null;
                case "--json" -> json = true;
                case "--misses" -> misses = true;
                default -> {
                    if (a.startsWith("-")) {
                        err.println("eval: unknown option " + a);
                        return Main.USAGE;
                    }
                    dir = Path.of(a);
                }
            }
            if (gold == null || manifestFile == null) {
                err.println("eval: " + a + " needs a value");
                return Main.USAGE;
            }
        }
        List<JsonNode> goldFacts = JsonLines.read(gold);
        List<JsonNode> pred;
        try {
            pred = predFile != null ? JsonLines.read(predFile) : predict(dir, Manifest.read(manifestFile), err);
        } catch (IOException e) {
            err.println("eval: " + e.getMessage());
            return 1;
        }
        Score score = Scorer.score(goldFacts, pred, docs);
        if (json) {
            out.println(jsonRows(score));
        } else {
            score.lines().forEach(out::println);
        }
        if (misses) {
            for (KindScore k : score.kinds().values()) {
                k.missed().forEach(m -> out.println("MISSED   " + k.kind() + ": " + m));
                k.spurious().forEach(s -> out.println("SPURIOUS " + k.kind() + ": " + s));
            }
        }
        return 0;
    }

    /** The facts extracted from the articles of DIR, as the gold-format JSON objects the scorer reads. */
    List<JsonNode> predict(Path dir, Manifest manifest, PrintStream err) throws IOException {
        List<JsonNode> pred = new ArrayList<>();
        for (Path file : ExtractCommand.files(List.of(dir), err)) {
            for (Map<String, Object> line : extract.lines(file, manifest)) {
                pred.add(MAPPER.valueToTree(line));
            }
        }
        return pred;
    }

    /** The rows as one JSON object in {@code score.py --json}'s layout. */
    private static String jsonRows(Score score) {
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> row : score.rows().entrySet()) {
            List<String> cells = new ArrayList<>();
            row.getValue().forEach((name, value) -> cells.add("\"" + name + "\": " + value));
            kinds.add("\"" + row.getKey() + "\": {" + String.join(", ", cells) + "}");
        }
        return "{" + String.join(", ", kinds) + "}";
    }
}
