package org.relationstimeline.serve;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address the preview listens on: loopback by default (this computer only), or one given by
 * {@code serve --bind} so that a phone on the same network can open the preview.
 */
public record BindAddress(InetAddress address) {
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public static final BindAddress LOOPBACK = new BindAddress(InetAddress.getLoopbackAddress());

    /**
     * An IP address as written (IPv4, IPv6 with or without brackets), or {@code localhost}. Host
     * names are refused rather than looked up: which interface a name means is for the user to say.
     */
    public static Optional<BindAddress> parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("localhost")) return Optional.of(LOOPBACK);
        if (t.startsWith("[") && t.endsWith("]")) t = t.substring(1, t.length() - 1);
        if (!IPV4.matcher(t).matches() && !IPV6.matcher(t).matches()) return Optional.empty();
        try {
            return Optional.of(new BindAddress(InetAddress.getByName(t))); // a literal: no lookup
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Reachable from this computer only. */
    public boolean isLoopback() {
        return address.isLoopbackAddress();
    }

    /** Every interface (0.0.0.0 or ::). */
    public boolean isWildcard() {
        return address.isAnyLocalAddress();
    }

    /** The address as it goes in a URL: IPv6 in brackets, without a scope. */
    static String urlHost(InetAddress a) {
        String host = a.getHostAddress();
        int scope = host.indexOf('%');
        if (scope >= 0) host = host.substring(0, scope);
        return a instanceof Inet6Address ? "[" + host + "]" : host;
    }

    /** 127.0.0.1 or ::1, the loopback names always answered to. */
    boolean isStandardLoopback() {
        String a = address.getHostAddress();
        return a.equals("127.0.0.1") || a.equals("0:0:0:0:0:0:0:1");
    }

    /** The address this computer's own browser uses: 127.0.0.1 for every interface, else the address itself. */
    URI localUrl(int port) {
        String host = isWildcard() ? "127.0.0.1" : urlHost(address);
        return URI.create("http://" + host + ":" + port + "/");
    }

    /** Addresses other devices may use: the one given, or, for every interface, this computer's IPv4 addresses. */
    public List<URI> networkUrls(int port) {
        if (isLoopback()) return List.of();
        List<InetAddress> addresses = new ArrayList<>();
        if (isWildcard()) {
            try {
                for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    if (!nic.isUp() || nic.isLoopback()) continue;
                    for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                        if (a instanceof Inet4Address && !a.isLinkLocalAddress()) addresses.add(a);
                    }
                }
            } catch (SocketException e) {
                return List.of(); // the addresses are a convenience; the server runs without them
            }
        } else {
            addresses.add(address);
        }
        return addresses.stream()
                .map(a -> URI.create("http://" + urlHost(a) + ":" + port + "/"))
                .sorted()
                .toList();
    }

    /** Said whenever the preview is reachable from other computers; empty on loopback. */
    public Optional<String> warning() {
        if (isLoopback()) return Optional.empty();
        String where =
                isWildcard() ? "every network this computer is on" : "the network of " + address.getHostAddress();
        return Optional.of("warning: the preview is reachable from " + where + ": anyone there can read it, drafts"
                + " included with --drafts. Use --bind only on a network you trust; without it the preview is"
                + " for this computer alone.");
    }

    @Override
    public String toString() {
        return address.getHostAddress().toLowerCase(Locale.ROOT);
    }
}
