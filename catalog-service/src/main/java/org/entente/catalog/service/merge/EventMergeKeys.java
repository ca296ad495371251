package org.entente.catalog.service.merge;

import org.entente.catalog.model.Dyads;

/**
 * The merge keys of event mentions: mentions that may report the same event share one. A key is the pair, the
 * CAMEO root and the year ({@code -} when undated). The pair is directed, source then target ({@code PAK>IRQ}: a
 * visit each way, or strikes each way, are two events), except for joint acts ({@link JointActs}), whose pair is
 * the dyad ({@code IRQ-PAK}), so that reports naming the parties in either order meet.
 */
public final class EventMergeKeys {

    private final JointActs jointActs;

    public EventMergeKeys(JointActs jointActs) {
        this.jointActs = jointActs;
    }

    /** The merge key of a statement; {@code date} is null when undated. */
    public String of(String source, String target, String cameo, String date) {
        String pair = jointActs.isJoint(cameo) ? Dyads.of(source, target) : source + ">" + target;
        String year = date == null ? "-" : Integer.toString(PartialDate.parse(date).year());
        return pair + "|" + CameoCode.root(cameo) + "|" + year;
    }

    /** The joint acts the keys are made with. */
    public JointActs jointActs() {
        return jointActs;
    }
}
