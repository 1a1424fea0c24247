package dev.devflow.gate;

/**
 * A text that is not JSON, with the line and column where reading broke, so that a message can
 * send the user to the spot in a file they may have edited by hand. Unchecked like
 * {@link IllegalArgumentException}, its parent, because the text is the caller's argument; the
 * caller knows which file it came from and turns it into a {@link GateInputException}.
 */
public class JsonSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    public JsonSyntaxException(String problem, int line, int column) {
        super(problem + " at line " + line + ", column " + column);
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    /** 1-based. */
    public int line() {
        return line;
    }

    /** 1-based, counted in characters. */
    public int column() {
        return column;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
