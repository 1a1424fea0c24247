package dev.devflow.baseline;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The content of {@code .devflow/baseline.json}: per module (keyed {@code groupId:artifactId},
 * sorted) what coverage and which findings were accepted when it was last written.
 */
public record Baseline(int schemaVersion, SortedMap<String, ModuleBaseline> modules) {

    /** The format this devflow writes and the only one it reads. */
    public static final int SCHEMA_VERSION = 1;

    public static final Baseline EMPTY = new Baseline(SCHEMA_VERSION, new TreeMap<>());

    public Baseline {
        modules = Collections.unmodifiableSortedMap(new TreeMap<>(modules));
    }

    public Baseline(Map<String, ModuleBaseline> modules) {
        this(SCHEMA_VERSION, new TreeMap<>(modules));
    }

    public Optional<ModuleBaseline> module(String key) {
        return Optional.ofNullable(modules.get(key));
    }

    /** This baseline with one module's entry replaced (or added); the other modules stay as they are. */
    public Baseline withModule(String key, ModuleBaseline module) {
        SortedMap<String, ModuleBaseline> changed = new TreeMap<>(modules);
        changed.put(key, module);
        return new Baseline(schemaVersion, changed);
    }
}
