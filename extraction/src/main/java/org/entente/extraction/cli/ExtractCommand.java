package org.entente.extraction.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.extraction.Document;
import org.entente.extraction.Extraction;
import org.entente.extraction.Extractor;
import org.entente.extraction.json.FactJson;

/**
 * {@code extract [--manifest M.jsonl] FILE|DIR...}: the facts of each article as gold-format JSON Lines on
 * standard output, each with {@code doc} (the file's name), {@code kind}, the gold fields, evidence and confidence.
 */
final class ExtractCommand {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Extractor extractor;

    ExtractCommand(Extractor extractor) {
        this.extractor = extractor;
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Manifest manifest = Manifest.empty();
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--manifest") && i + 1 < args.size()) {
                manifest = Manifest.read(Path.of(args.get(++i)));
            } else if (a.startsWith("-")) {
                err.println("extract: unknown option " + a);
                return Main.USAGE;
            } else {
                inputs.add(Path.of(a));
            }
        }
        if (inputs.isEmpty()) {
            err.println("usage: extract [--manifest M.jsonl] FILE|DIR...");
            return Main.USAGE;
        }
        int status = 0;
        for (Path file : files(inputs, err)) {
            try {
                for (Map<String, Object> line : lines(file, manifest)) {
                    out.println(MAPPER.writeValueAsString(line));
                }
            } catch (IOException e) {
                err.println("extract: cannot read " + file + ": " + e.getMessage());
                status = 1;
            }
        }
        out.flush();
        return status;
    }

    /** The facts of one file as gold-format lines. */
    List<Map<String, Object>> lines(Path file, Manifest manifest) throws IOException {
        String doc = file.getFileName().toString();
        Extraction extraction = extractor.extract(Document.of(doc, read(file), manifest.published(doc)));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Map<String, Object> fact : FactJson.lines(extraction)) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("doc", doc);
            line.putAll(fact);
            lines.add(line);
        }
        return lines;
    }

    /** Files named, and the regular, non-hidden files of directories named, each directory's sorted by name. */
    static List<Path> files(List<Path> inputs, PrintStream err) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    err.println("extract: cannot list " + input + ": " + e.getMessage());
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** The file as UTF-8, with undecodable bytes replaced rather than failing the article. */
    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
    }
}
