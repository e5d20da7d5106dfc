package org.cartledger.command.recording;

/** The request did not say, or said wrongly, who is recording. */
public class InvalidRecorderException extends RuntimeException {

    private final String header;

    InvalidRecorderException(String header, String message) {
        super(message);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
