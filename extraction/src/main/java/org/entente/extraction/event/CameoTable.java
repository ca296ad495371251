package org.entente.extraction.event;

import java.util.HashMap;
import java.util.Map;

import org.entente.extraction.text.Tsv;

/** The CAMEO codes of {@code cameo-codes.tsv} with their quad class and Goldstein weight. Immutable. */
final class CameoTable {

    private final Map<String, Cameo> codes;

    private CameoTable(Map<String, Cameo> codes) {
        this.codes = codes;
    }

    /** The built-in table. */
    static CameoTable load() {
        Map<String, Cameo> codes = new HashMap<>();
        for (String[] row : Tsv.read(CameoTable.class, "cameo-codes.tsv", "code", "quad", "goldstein", "label")) {
            codes.put(row[0], new Cameo(row[0], Integer.parseInt(row[1]), Double.parseDouble(row[2]), row[3]));
        }
        return new CameoTable(Map.copyOf(codes));
    }

    /** Whether the table has the code. */
    boolean contains(String code) {
        return codes.containsKey(code);
    }

    /**
     * The entry of a code.
     *
     * @throws IllegalArgumentException for a code the table does not have
     */
    Cameo get(String code) {
        Cameo cameo = codes.get(code);
        if (cameo == null) {
            throw new IllegalArgumentException("unknown CAMEO code " + code);
        }
        return cameo;
    }
}
