package ru.registratura.interfaces.shared.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The client's address behind the region's front proxies. When a request comes from a trusted proxy (the setting
 * {@code registratura.proxy.trusted}: addresses or IPv4 ranges such as {@code 10.0.0.0/8}, comma-separated), its
 * {@code X-Forwarded-For} is read from the right, skipping trusted proxies, and the first other address is the
 * client's: the audit trail, the staff login throttle and every other reader of {@link #clientAddress} see it.
 * From anyone else the header is ignored, so a client cannot claim another address. (Whether the client spoke
 * TLS is the listener's {@code scheme-mapping} of {@code X-Forwarded-Proto}, set by {@code domain.asadmin}: it
 * makes the session cookie {@code Secure}.)
 */
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern LIST = Pattern.compile("\\s*,\\s*");

    /** The request attribute: whether {@link #clientAddress} is the client's own address (see {@link #knownClient}). */
    static final String ADDRESS_KNOWN = "registratura.clientAddressKnown";
    /** The request attribute: the client's address (read from a trusted proxy's header, else the connection's). */
    public static final String CLIENT_ADDRESS = "registratura.clientAddress";

    private static final Logger LOG = Logger.getLogger(ClientAddressFilter.class.getName());

    private transient List<Range> trusted = List.of();
    private transient volatile boolean warned;

    /**
     * The client's address for per-address limits, or null when it is not known: the request came through a proxy
     * that is not in {@code registratura.proxy.trusted}, so its address is the proxy's, shared by every client.
     */
    public static String knownClient(HttpServletRequest request) {
        return Boolean.FALSE.equals(request.getAttribute(ADDRESS_KNOWN)) ? null : clientAddress(request);
    }

    /**
     * The client's address: read from a trusted proxy's header by this filter, else the connection's. Every reader
     * asks here, not {@code getRemoteAddr()}: the request CDI injects is the container's own, not a filter's wrapper,
     * so an attribute (which all of them share) carries the answer.
     */
    public static String clientAddress(HttpServletRequest request) {
        Object client = request.getAttribute(CLIENT_ADDRESS);
        return client != null ? (String) client : request.getRemoteAddr();
    }

    @Override
    public void init() {
        trusted = parse(ConfigProvider.getConfig().getOptionalValue("registratura.proxy.trusted", String.class)
                .orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String proxy = request.getRemoteAddr();
        if (trusted.isEmpty() || !isTrusted(trusted, proxy)) {
            // With no proxy trusted, a forwarded request comes through a proxy nobody listed: its address is every
            // client's, so per-address limits must not apply to it (they would refuse everybody at once).
            boolean unlistedProxy = trusted.isEmpty() && request.getHeader("X-Forwarded-For") != null;
            if (unlistedProxy && !warned) {
                warned = true;
                LOG.warning("Requests arrive through a proxy (X-Forwarded-For) but registratura.proxy.trusted is not set: "
                        + "the audit records the proxy's address and the per-address limits are off (README, Security)");
            }
            request.setAttribute(ADDRESS_KNOWN, !unlistedProxy);
            // Set here too, so that a reader with only the attributes (the API's filter, through Jersey's request
            // properties) needs no proxy of the request for the connection's address.
            request.setAttribute(CLIENT_ADDRESS, proxy);
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(ADDRESS_KNOWN, Boolean.TRUE);
        request.setAttribute(CLIENT_ADDRESS, client(trusted, proxy, request.getHeaders("X-Forwarded-For")));
        chain.doFilter(request, response);
    }

    /** The client's address: the rightmost address of the headers that is not a trusted proxy (or the leftmost). */
    static String client(List<Range> trusted, String proxy, Enumeration<String> forwardedFor) {
        List<String> chain = new ArrayList<>();
        while (forwardedFor != null && forwardedFor.hasMoreElements()) {
            for (String part : LIST.split(forwardedFor.nextElement().strip())) {
                if (!part.isEmpty()) {
                    chain.add(part);
                }
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!isTrusted(trusted, chain.get(i))) {
                return chain.get(i);
            }
        }
        return chain.isEmpty() ? proxy : chain.get(0);
    }

    static boolean isTrusted(List<Range> trusted, String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
    }

    /** The setting's addresses and ranges; an entry that is not an address literal is refused at start. */
    static List<Range> parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : LIST.split(setting.strip())) {
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("/", 2);
            byte[] network = literal(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException("registratura.proxy.trusted: not an IP address: " + entry);
            }
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("registratura.proxy.trusted: bad prefix length: " + entry);
            }
            ranges.add(new Range(network, bits));
        }
        return List.copyOf(ranges);
    }

    /** The address's bytes when it is an IPv4 or IPv6 literal (no name is ever looked up), else null. */
    private static byte[] literal(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9A-Fa-f:.\\[\\]]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(address.replace("[", "").replace("]", "")).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    /** An address range: the first {@code bits} bits of {@code network}. */
    record Range(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
