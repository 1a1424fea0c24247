package dev.devflow.bugs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The JVM's SpotBugs workers: each a class loader of its own holding SpotBugs, FindSecBugs and
 * {@link SpotBugsEngine}, so each has its own copy of SpotBugs' global state and analyses in
 * different workers run side by side. Workers are kept for the JVM's life and lent to one
 * analysis at a time, so the next module finds SpotBugs' classes loaded, its detectors
 * registered and its code compiled. At most as many workers exist as the analyses asked to run
 * at once; an analysis that finds none idle waits for one.
 */
final class SpotBugsWorkers {

    private static final SpotBugsWorkers JVM = new SpotBugsWorkers();

    private final Deque<Worker> idle = new ArrayDeque<>();
    private int created;

    /** One class loader with its engine's entry point. */
    private record Worker(int number, ClassLoader loader, Method analyse) {
    }

    static SpotBugsWorkers jvm() {
        return JVM;
    }

    /**
     * Runs one analysis in a worker, on a fresh thread (SpotBugs keeps thread-local state too).
     *
     * @param atOnce how many analyses may run at once in this JVM; more workers are made up to it
     */
    Map<String, Object> analyse(Map<String, Object> request, int atOnce) throws Exception {
        Worker worker = borrow(Math.max(1, atOnce));
        try {
            return onOwnThread(worker, request);
        } finally {
            giveBack(worker);
        }
    }

    private synchronized Worker borrow(int atOnce) throws InterruptedException {
        while (idle.isEmpty() && created >= atOnce) {
            wait();
        }
        if (!idle.isEmpty()) {
            return idle.pop();
        }
        created++;
        return create(created);
    }

    private synchronized void giveBack(Worker worker) {
        idle.push(worker);
        notifyAll();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onOwnThread(Worker worker, Map<String, Object> request) throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(worker.analyse().invoke(null, request));
            } catch (InvocationTargetException e) {
                result.set(e.getCause());
            } catch (Throwable t) { // handed to the caller's thread, which names it
                result.set(t);
            }
        }, "devflow-spotbugs-" + worker.number());
        thread.setContextClassLoader(worker.loader());
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            throw e;
        }
        Object outcome = result.get();
        if (outcome instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (outcome instanceof Exception e) {
            throw e;
        }
        if (outcome instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("SpotBugs returned " + outcome);
    }

    private static Worker create(int number) {
        ClassLoader home = SpotBugsWorkers.class.getClassLoader();
        ClassLoader loader = new IsolatingLoader("devflow-spotbugs-" + number, classpath(home), home);
        try {
            Method analyse = loader.loadClass(SpotBugsEngine.class.getName()).getMethod("analyse", Map.class);
            return new Worker(number, loader, analyse);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("devflow's SpotBugs engine cannot be loaded in a worker: " + e.getMessage(), e);
        }
    }

    /** What the plugin's own class loader loads from: Maven's plugin realm, or the JVM's class path. */
    private static URL[] classpath(ClassLoader home) {
        if (home instanceof URLClassLoader urls) {
            return urls.getURLs();
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            try {
                urls.add(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(new IOException("class path entry " + entry + ": " + e.getMessage(), e));
            }
        }
        return urls.toArray(URL[]::new);
    }

    /**
     * Loads the JDK from the platform, everything on the plugin's class path itself (its own
     * copy), and only what is not there (what Maven's core lends the plugin, such as SLF4J) from
     * the plugin's loader.
     */
    private static final class IsolatingLoader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final ClassLoader lender;

        IsolatingLoader(String name, URL[] urls, ClassLoader lender) {
            super(name, urls, ClassLoader.getPlatformClassLoader());
            this.lender = lender;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            try {
                return super.loadClass(name, resolve);
            } catch (ClassNotFoundException notOnTheClassPath) {
                return lender.loadClass(name);
            }
        }
    }
}
