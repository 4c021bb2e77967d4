package vn.cchc.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A set's criteria as a tree; a parent's maximum is the sum of its ordinary children's. */
public final class CriteriaTree {

    public record Node(Criterion criterion, List<Node> children) {

        public boolean leaf() {
            return children.isEmpty();
        }

        /** The maximum of the ordinary points below (bonus and penalty items do not count). */
        public BigDecimal max() {
            if (leaf()) {
                return criterion.kind() == ItemKind.NORMAL ? criterion.maxPoints() : BigDecimal.ZERO;
            }
            return children.stream().map(Node::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public List<Node> leaves() {
            if (leaf()) {
                return List.of(this);
            }
            List<Node> out = new ArrayList<>();
            children.forEach(c -> out.addAll(c.leaves()));
            return out;
        }

        /** This node and everything below, depth first: the order of a score sheet. */
        public List<Node> flatten() {
            List<Node> out = new ArrayList<>();
            out.add(this);
            children.forEach(c -> out.addAll(c.flatten()));
            return out;
        }

        public String areaCode() {
            return criterion.code().split("\\.")[0];
        }
    }

    private final List<Node> areas;
    private final Map<Long, Node> byId = new LinkedHashMap<>();

    CriteriaTree(List<Criterion> criteria) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            nodes.put(c.id(), new Node(c, new ArrayList<>()));
        }
        List<Node> roots = new ArrayList<>();
        for (Criterion c : criteria) {
            Node n = nodes.get(c.id());
            if (c.parentId() == null || !nodes.containsKey(c.parentId())) {
                roots.add(n);
            } else {
                nodes.get(c.parentId()).children().add(n);
            }
        }
        this.areas = roots;
        this.byId.putAll(nodes);
    }

    public List<Node> areas() {
        return areas;
    }

    public List<Node> leaves() {
        List<Node> out = new ArrayList<>();
        areas.forEach(a -> out.addAll(a.leaves()));
        return out;
    }

    public List<Node> flatten() {
        List<Node> out = new ArrayList<>();
        areas.forEach(a -> out.addAll(a.flatten()));
        return out;
    }

    public Node node(long criterionId) {
        return byId.get(criterionId);
    }

    public BigDecimal max() {
        return areas.stream().map(Node::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long count(int level) {
        return byId.values().stream().filter(n -> n.criterion().level() == level).count();
    }
}
