package io.wirewatch.app.eval;

/** Input an evaluation cannot read, with the file and line that say where; printed as one line. */
public final class EvalInputException extends RuntimeException {

    public EvalInputException(String message) {
        super(message);
    }

    public EvalInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
