package ru.registratura.infrastructure.esia;

import org.pac4j.core.exception.TechnicalException;

/** ESIA did not answer in time, refused the connection, or answered 5xx (maintenance): the patient may retry later. */
public class EsiaUnavailableException extends TechnicalException {

    private static final long serialVersionUID = 1L;

    public EsiaUnavailableException(String message) {
        super(message);
    }

    public EsiaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
