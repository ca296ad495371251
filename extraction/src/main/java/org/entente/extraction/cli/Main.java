package org.entente.extraction.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.entente.extraction.ExtractionEngine;

/**
 * Command-line entry point of the extraction engine; needs no Kafka, database or running service.
 *
 * <pre>
 * extract [--manifest M.jsonl] FILE|DIR...   facts as gold-format JSON Lines on standard output
 * eval [--misses] [--json] [--gold G] [--manifest M] [--pred P] [--docs a,b] [DIR]
 *                                            extract DIR (default samples/articles) or read P, and score
 * </pre>
 */
public final class Main {

    static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("usage: extract [--manifest M.jsonl] FILE|DIR...  |  eval [--misses] [--json] [DIR]");
            return USAGE;
        }
        ExtractCommand extract = new ExtractCommand(ExtractionEngine.create());
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "extract" -> extract.run(rest, out, err);
                case "eval" -> new EvalCommand(extract).run(rest, out, err);
                default -> {
                    err.println("unknown command " + args.get(0) + " (extract, eval)");
                    yield USAGE;
                }
            };
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println(args.get(0) + ": " + e.getMessage());
            return 1;
        }
    }
}
