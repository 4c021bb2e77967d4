package vn.cchc.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit list as the /units page shows it: one group per kind, and within a group each unit under its
 * parent when the parent is in the same group (Tỉnh ủy → its boards). A unit whose parent is elsewhere
 * (Văn phòng Sở under its department) starts a branch and names its parent.
 */
record UnitTree(List<Group> groups, int size) {

    record Group(UnitKind kind, List<Node> nodes) {
    }

    /**
     * @param depth      0 for a branch's first unit
     * @param former     no longer exists today: shown greyed with its validity
     * @param parentName the parent's name when it is not shown above this unit, else null
     */
    record Node(Unit unit, int depth, boolean former, String parentName) {
    }

    /**
     * @param everyUnit all stored units, to name a parent that is not in the list; a top-level parent
     *                  (UBND tỉnh above every department) is not named, it would only repeat itself
     */
    static UnitTree of(List<Unit> units, List<Unit> everyUnit, LocalDate today) {
        Map<String, String> namesByCode = new java.util.HashMap<>();
        everyUnit.stream().filter(u -> u.parentCode() != null).forEach(u -> namesByCode.put(u.code(), u.name()));
        Map<UnitKind, List<Unit>> byKind = new EnumMap<>(UnitKind.class);
        units.forEach(u -> byKind.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(u));
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, members) -> groups.add(new Group(kind, nodes(members, namesByCode, today))));
        return new UnitTree(List.copyOf(groups), units.size());
    }

    private static List<Node> nodes(List<Unit> members, Map<String, String> namesByCode, LocalDate today) {
        Map<String, Unit> inGroup = new LinkedHashMap<>();
        members.forEach(u -> inGroup.put(u.code(), u));
        Map<String, List<Unit>> children = new LinkedHashMap<>();
        List<Unit> roots = new ArrayList<>();
        for (Unit u : members) {
            if (u.parentCode() != null && inGroup.containsKey(u.parentCode())) {
                children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
            } else {
                roots.add(u);
            }
        }
        List<Node> out = new ArrayList<>();
        for (Unit root : roots) {
            add(root, 0, children, namesByCode.get(root.parentCode()), today, out);
        }
        return List.copyOf(out);
    }

    private static void add(Unit u, int depth, Map<String, List<Unit>> children, String parentName, LocalDate today,
                            List<Node> out) {
        out.add(new Node(u, depth, u.formerOn(today), parentName));
        // depth is bounded: imports refuse parent cycles
        for (Unit child : children.getOrDefault(u.code(), List.of())) {
            add(child, depth + 1, children, null, today, out);
        }
    }
}
