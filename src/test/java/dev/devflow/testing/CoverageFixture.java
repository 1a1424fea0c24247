package dev.devflow.testing;

import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.IRuntime;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A module's build in miniature, with a real JaCoCo runtime: copies compiled classes into a
 * classes directory, runs some of their methods instrumented, and writes the execution data
 * file the way the agent does.
 */
public final class CoverageFixture {

    private final Path root;
    private final Map<String, byte[]> classes = new LinkedHashMap<>();

    public CoverageFixture(Path root) {
        this.root = root;
    }

    /** Adds a compiled class of the test classpath to the module. */
    public CoverageFixture withClass(Class<?> type) {
        return withClass(type, UnaryOperator.identity());
    }

    /** Adds a class whose bytes are transformed first (stripped of debug info, say). */
    public CoverageFixture withClass(Class<?> type, UnaryOperator<byte[]> transform) {
        classes.put(type.getName(), transform.apply(bytesOf(type)));
        return this;
    }

    public Path classesDirectory() {
        return root.resolve("classes");
    }

    /** Writes the class files under {@code classes/}. */
    public Path writeClasses() throws IOException {
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            Path file = classesDirectory().resolve(c.getKey().replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, c.getValue());
        }
        return classesDirectory();
    }

    /**
     * Runs static methods of the module's classes, instrumented, and writes what was executed
     * to {@code name} in the fixture's root.
     *
     * @param calls pairs of "Class#method" and its arguments
     */
    public Path record(String name, Call... calls) throws Exception {
        IRuntime runtime = new LoggerRuntime();
        RuntimeData data = new RuntimeData();
        runtime.startup(data);
        try {
            Instrumenter instrumenter = new Instrumenter(runtime);
            Map<String, byte[]> instrumented = new HashMap<>();
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                instrumented.put(c.getKey(), instrumenter.instrument(c.getValue(), c.getKey()));
            }
            ClassLoader loader = new MemoryClassLoader(instrumented);
            for (Call call : calls) {
                Class<?> type = loader.loadClass(call.className());
                Method method = findMethod(type, call.method(), call.args().length);
                method.invoke(null, call.args());
            }
            ExecutionDataStore store = new ExecutionDataStore();
            data.collect(store, new SessionInfoStore(), false);
            Path file = root.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                ExecutionDataWriter writer = new ExecutionDataWriter(out);
                store.accept(writer);
            }
            return file;
        } finally {
            runtime.shutdown();
        }
    }

    /** A static method call made while recording. */
    public record Call(String className, String method, Object... args) {
        public static Call of(Class<?> type, String method, Object... args) {
            return new Call(type.getName(), method, args);
        }
    }

    private static Method findMethod(Class<?> type, String name, int arity) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arity) {
                return m;
            }
        }
        throw new IllegalArgumentException(type + " has no method " + name + "/" + arity);
    }

    public static byte[] bytesOf(Class<?> type) {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> definitions;

        MemoryClassLoader(Map<String, byte[]> definitions) {
            super(CoverageFixture.class.getClassLoader());
            this.definitions = definitions;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            byte[] bytes = definitions.get(name);
            if (bytes != null) {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    return loaded != null ? loaded : defineClass(name, bytes, 0, bytes.length);
                }
            }
            return super.loadClass(name, resolve);
        }
    }
}
