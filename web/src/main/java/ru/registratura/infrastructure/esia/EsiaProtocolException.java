package ru.registratura.infrastructure.esia;

import org.pac4j.core.exception.TechnicalException;

/**
 * ESIA answered something the protocol does not allow: an error code, a mismatched {@code state}, a token
 * that fails its checks. The message is for the server log and carries no tokens or personal data.
 */
public class EsiaProtocolException extends TechnicalException {

    private static final long serialVersionUID = 1L;

    public EsiaProtocolException(String message) {
        super(message);
    }

    public EsiaProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
