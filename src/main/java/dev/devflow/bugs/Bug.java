package dev.devflow.bugs;

/**
 * One bug SpotBugs reported, reduced to what devflow reports and caches.
 *
 * @param type       the bug pattern ({@code NP_NULL_ON_SOME_PATH})
 * @param category   its category ({@code CORRECTNESS}, {@code SECURITY})
 * @param rank       1 (scariest) to 20
 * @param priority   1 (high), 2 (medium), 3 (low)
 * @param className  the class it is in
 * @param sourcePath the source file relative to its package root ({@code com/acme/Cart.java})
 * @param line       first line, 0 when unknown
 * @param message    SpotBugs' message
 * @param method     the method it is in, empty when it is in none (a field, the class)
 */
public record Bug(String type, String category, int rank, int priority, String className, String sourcePath,
                  int line, String message, String method) {

    /** {@code com.acme.Cart#total}, or the class alone: the code the baseline's fingerprint names. */
    public String scope() {
        return method == null || method.isEmpty() ? className : className + "#" + method;
    }

    public boolean isSecurity() {
        return "SECURITY".equals(category);
    }
}
