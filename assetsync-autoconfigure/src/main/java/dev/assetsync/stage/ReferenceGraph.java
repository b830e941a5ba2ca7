package dev.assetsync.stage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Orders files that refer to each other so every file is hashed after what it refers to. Files that refer to
 * each other in a cycle (or a file that refers to itself) form one component and are hashed together.
 */
final class ReferenceGraph {

    private ReferenceGraph() {
    }

    /**
     * Strongly connected components (Tarjan, iterative so long chains cannot overflow the stack), dependencies
     * before the files that refer to them. A component's level is 0 when it refers to no other component, else one
     * more than the highest level it refers to; components of one level can be processed in parallel.
     *
     * @param dependencies for each node the nodes it refers to; targets that are not nodes are ignored
     */
    static List<Component> components(Collection<String> nodes, Map<String, ? extends Collection<String>> dependencies) {
        return new Tarjan(new TreeSet<>(nodes), dependencies).run();
    }

    /**
     * @param members logical paths, sorted
     * @param cyclic whether the members refer to each other (also true for one file that refers to itself)
     */
    record Component(List<String> members, boolean cyclic, int level) {

        Component {
            members = List.copyOf(members);
        }
    }

    private static final class Tarjan {

        private final SortedSet<String> nodes;

        private final Map<String, SortedSet<String>> edges = new HashMap<>();

        private final Map<String, Integer> index = new HashMap<>();

        private final Map<String, Integer> lowLink = new HashMap<>();

        private final Deque<String> stack = new ArrayDeque<>();

        private final Set<String> onStack = new HashSet<>();

        private final Map<String, Component> componentOf = new HashMap<>();

        private final List<Component> components = new ArrayList<>();

        Tarjan(SortedSet<String> nodes, Map<String, ? extends Collection<String>> dependencies) {
            this.nodes = nodes;
            for (String node : nodes) {
                Collection<String> targets = dependencies.get(node);
                SortedSet<String> known = targets == null ? new TreeSet<>() : new TreeSet<>(targets);
                known.retainAll(nodes);
                edges.put(node, known);
            }
        }

        List<Component> run() {
            for (String root : nodes) {
                if (!index.containsKey(root)) {
                    connect(root);
                }
            }
            return List.copyOf(components);
        }

        private void connect(String root) {
            Deque<Frame> frames = new ArrayDeque<>();
            frames.push(visit(root));
            while (!frames.isEmpty()) {
                Frame frame = frames.peek();
                if (frame.dependencies().hasNext()) {
                    String dependency = frame.dependencies().next();
                    if (!index.containsKey(dependency)) {
                        frames.push(visit(dependency));
                    }
                    else if (onStack.contains(dependency)) {
                        lowLink.merge(frame.node(), index.get(dependency), Math::min);
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    lowLink.merge(frames.peek().node(), lowLink.get(frame.node()), Math::min);
                }
                if (lowLink.get(frame.node()).equals(index.get(frame.node()))) {
                    emit(frame.node());
                }
            }
        }

        private Frame visit(String node) {
            index.put(node, index.size());
            lowLink.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            return new Frame(node, dependenciesOf(node).iterator());
        }

        private void emit(String root) {
            SortedSet<String> members = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                members.add(member);
            }
            while (!member.equals(root));
            boolean cyclic = members.size() > 1 || dependenciesOf(root).contains(root);
            int level = 0;
            for (String node : members) {
                for (String dependency : dependenciesOf(node)) {
                    if (!members.contains(dependency)) {
                        level = Math.max(level, componentOf.get(dependency).level() + 1);
                    }
                }
            }
            Component component = new Component(new ArrayList<>(members), cyclic, level);
            members.forEach(node -> componentOf.put(node, component));
            components.add(component);
        }

        private SortedSet<String> dependenciesOf(String node) {
            return edges.get(node);
        }
    }

    private record Frame(String node, Iterator<String> dependencies) {
    }
}
