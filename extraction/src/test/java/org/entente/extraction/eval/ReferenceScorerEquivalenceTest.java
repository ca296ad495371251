package org.entente.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java scorer prints the same numbers as the reference {@code score.py} (in {@code ../shared/eval/}, beside the
 * repository) on predictions made by perturbing the gold in many ways. Needs python3; CI installs it.
 */
class ReferenceScorerEquivalenceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void javaScorerPrintsWhatTheReferenceScorerPrints(long seed) throws Exception {
        Path repo = RepoPaths.root();
        Path script = repo.resolveSibling("shared").resolve("eval/score.py");
        assumeTrue(Files.isRegularFile(script), "reference scorer not found at " + script);
        assumeTrue(python() != null, "python3 is not installed");
        Path goldFile = repo.resolve("samples/eval/seeds-gold.jsonl");
        List<JsonNode> gold = JsonLines.read(goldFile);
        List<JsonNode> pred = perturb(gold, new Random(seed));
        Path predFile = tmp.resolve("pred-" + seed + ".jsonl");
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : pred) {
            sb.append(MAPPER.writeValueAsString(p)).append('\n');
        }
        Files.writeString(predFile, sb.toString(), StandardCharsets.UTF_8);

        List<String> reference = runPython(script, goldFile, predFile);
        List<String> ours = Scorer.score(gold, JsonLines.read(predFile), null).lines();

        assertThat(ours).isEqualTo(reference);
    }

    /** Predictions that hit, miss and confuse the scorer's every rule. */
    private static List<JsonNode> perturb(List<JsonNode> gold, Random random) {
        List<JsonNode> pred = new ArrayList<>();
        for (JsonNode g : gold) {
            ObjectNode p = g.deepCopy();
            int roll = random.nextInt(14);
            switch (roll) {
                case 0 -> {
                    continue; // missed
                }
                case 1 -> p.put("doc", "unknown.txt");
                case 2 -> swapDirection(p);
                case 3 -> p.put("date", "1999");
                case 4 -> p.put("cameo", "19");
                case 5 -> p.put("value_usd", p.path("value_usd").asDouble() * 1.009);
                case 6 -> p.put("value_usd", p.path("value_usd").asDouble() * 1.02);
                case 7 -> p.put("basis", "target");
                case 8 -> p.put("product", "rice");
                case 9 -> p.put("type", "treaty");
                case 10 -> pred.add(p.deepCopy()); // duplicate
                case 11 -> p.putNull("date");
                default -> {
                    // unchanged
                }
            }
            if (random.nextInt(5) == 0 && p.has("cameo")) {
                p.put("cameo", p.get("cameo").asText().substring(0, 2) + "9");
            }
            pred.add(p);
        }
        return pred;
    }

    private static void swapDirection(ObjectNode p) {
        if (p.has("source")) {
            JsonNode s = p.get("source");
            p.set("source", p.get("target"));
            p.set("target", s);
        }
    }

    private static String python() {
        for (String candidate : List.of("python3", "python")) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next name
            }
        }
        return null;
    }

    private static List<String> runPython(Path script, Path gold, Path pred) throws Exception {
        Process p = new ProcessBuilder(python(), script.toString(), gold.toString(), pred.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
