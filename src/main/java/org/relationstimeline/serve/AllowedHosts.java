package org.relationstimeline.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code Host} headers the preview answers. A page on another site could point a DNS name at
 * this computer (DNS rebinding) and read the preview through the visitor's browser; its requests
 * carry that name. So only loopback names are answered, and, when the preview listens on the
 * network, IP addresses: a browser sends an address as the host only when it was asked for that
 * address, which a rebinding page cannot make it do.
 */
final class AllowedHosts {
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");

    private final boolean ipAddresses;

    private AllowedHosts(boolean ipAddresses) {
        this.ipAddresses = ipAddresses;
    }

    static final AllowedHosts LOOPBACK_NAMES = new AllowedHosts(false);
    static final AllowedHosts LOOPBACK_NAMES_AND_IP_ADDRESSES = new AllowedHosts(true);

    static AllowedHosts of(BindAddress bind) {
        // Any other address (the network, or another loopback address such as 127.0.0.2) is asked for by number.
        return bind.isStandardLoopback() ? LOOPBACK_NAMES : LOOPBACK_NAMES_AND_IP_ADDRESSES;
    }

    /** What the refusal says. */
    String description() {
        return ipAddresses ? "localhost, 127.0.0.1 or an IP address of this computer" : "localhost or 127.0.0.1";
    }

    boolean allows(String hostHeader) {
        if (hostHeader == null) return true; // HTTP/1.0 clients send none, and browsers always do
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0) return false;
            name = h.substring(1, end);
            if (name.equals("::1")) return true;
            return ipAddresses && IPV6.matcher(name).matches() && portOnly(h.substring(end + 1));
        }
        int colon = h.indexOf(':');
        name = colon < 0 ? h : h.substring(0, colon);
        if (colon >= 0 && !portOnly(h.substring(colon))) return false;
        if (name.equals("localhost") || name.equals("127.0.0.1") || name.endsWith(".localhost")) return true;
        return ipAddresses && IPV4.matcher(name).matches();
    }

    /** Nothing, or a colon and digits. */
    private static boolean portOnly(String rest) {
        return rest.isEmpty() || rest.matches(":[0-9]{1,5}");
    }
}
