package org.cartledger.web.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.api.dashboard.SkillStatus;

/** Skills signed off against the catalog, group by group in the catalog's order. */
final class SkillGroups {

    record Group(String group, int signedOff, int inCatalog) {

        public int notYet() {
            return inCatalog - signedOff;
        }

        /** The group's name as a message key ends: spaces are not allowed there. */
        public String key() {
            return group.replace(' ', '_');
        }
    }

    private SkillGroups() {
    }

    static List<Group> of(List<SkillStatus> skills) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (SkillStatus skill : skills) {
            int[] count = counts.computeIfAbsent(skill.group(), group -> new int[2]);
            count[1]++;
            if (skill.signOffs() > 0) {
                count[0]++;
            }
        }
        return counts.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
