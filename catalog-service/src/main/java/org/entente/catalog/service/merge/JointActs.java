package org.entente.catalog.service.merge;

import java.util.Collection;
import java.util.List;

/**
 * The CAMEO codes of acts that are joint by nature (two parties consult, phone, meet, negotiate or sign
 * together). Extraction codes such an act once, with the party named first as its source, so the order of the
 * parties says nothing about who acted: the catalog matches joint acts by their unordered pair. A listed code
 * also covers its refinements ({@code 057} covers {@code 0571}); a root that is not listed ({@code 04}) is
 * directed.
 */
public final class JointActs {

    private final List<String> codes;

    /**
     * @param codes the joint codes, each 2 to 4 digits
     * @throws IllegalArgumentException when a code is not a CAMEO code
     */
    public JointActs(Collection<String> codes) {
        for (String code : codes) {
            if (!CameoCode.isValid(code)) {
                throw new IllegalArgumentException("joint act code '" + code + "' is not 2 to 4 digits");
            }
        }
        this.codes = codes.stream().distinct().sorted().toList();
    }

    /** True when {@code cameo} is a joint code or refines one. */
    public boolean isJoint(String cameo) {
        return codes.stream().anyMatch(cameo::startsWith);
    }

    /** The joint codes, sorted. */
    public List<String> codes() {
        return codes;
    }
}
