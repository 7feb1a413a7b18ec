package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * P11.1 where a webhook may go. In production a partner's endpoint is https on a public address:
 * never this machine, the private network, link-local (the cloud metadata service at
 * 169.254.169.254) or unique-local ranges, so a partner's URL cannot make the platform call its own
 * network. The dispatcher checks each address a host resolves to just before it connects, and
 * connects to the checked address (a name that later resolves elsewhere cannot slip through);
 * registration refuses a literal address in those ranges outright. Local and test profiles allow
 * loopback, private addresses and plain http to loopback ({@code allowLocal}).
 */
public final class WebhookAddressGuard {

    public static final String ID = "P11.1";

    /** One refused range: its prefix bits and its name in messages. */
    private record Range(byte[] prefix, int bits, String name) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Range> REFUSED = List.of(
            v4("0.0.0.0", 8, "this network (0.0.0.0/8)"),
            v4("127.0.0.0", 8, "loopback (127.0.0.0/8)"),
            v4("10.0.0.0", 8, "private (10.0.0.0/8)"),
            v4("172.16.0.0", 12, "private (172.16.0.0/12)"),
            v4("192.168.0.0", 16, "private (192.168.0.0/16)"),
            v4("100.64.0.0", 10, "shared address space (100.64.0.0/10)"),
            v4("169.254.0.0", 16, "link-local (169.254.0.0/16, cloud metadata)"),
            v4("224.0.0.0", 4, "multicast (224.0.0.0/4)"),
            v4("240.0.0.0", 4, "reserved (240.0.0.0/4, broadcast)"),
            v6("::", 128, "unspecified (::)"),
            v6("::1", 128, "loopback (::1)"),
            v6("fc00::", 7, "unique-local (fc00::/7)"),
            v6("fe80::", 10, "link-local (fe80::/10)"),
            v6("fec0::", 10, "site-local (fec0::/10)"),
            v6("ff00::", 8, "multicast (ff00::/8)"));

    /** IPv6 forms that carry an IPv4 address in their last 32 bits, checked as that address. */
    private static final List<Range> EMBEDDING_V4 = List.of(
            v6("::ffff:0:0", 96, "IPv4-mapped"),
            v6("::", 96, "IPv4-compatible"),
            v6("64:ff9b::", 96, "NAT64"));

    private WebhookAddressGuard() {
    }

    /** Why no webhook may be sent to this address, if it is in a refused range. */
    public static Optional<String> refused(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            for (Range embedding : EMBEDDING_V4) {
                // :: and ::1 fall in the IPv4-compatible range but are ranges of their own
                if (embedding.contains(bytes) && !isUnspecifiedOrLoopback6(bytes)) {
                    byte[] v4 = new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
                    return rangeOf(v4).map(name -> name + " as " + embedding.name() + " IPv6");
                }
            }
        }
        return rangeOf(bytes);
    }

    /** What is wrong with a webhook URL, before anything is stored (its host is resolved only at send). */
    public static List<RuleResult> problems(URI url, boolean allowLocal) {
        List<RuleResult> problems = new ArrayList<>();
        String host = host(url);
        if (host == null || host.isEmpty()) {
            problems.add(RuleResult.refuse(ID, "a webhook URL is absolute and names its host"));
            return problems;
        }
        Optional<InetAddress> literal = literal(host);
        boolean loopback = "localhost".equalsIgnoreCase(host) || literal.map(InetAddress::isLoopbackAddress).orElse(false);
        boolean plainHttpAllowed = allowLocal && loopback && "http".equals(url.getScheme());
        if (!"https".equals(url.getScheme()) && !plainHttpAllowed) {
            problems.add(RuleResult.refuse(ID, "a webhook is reached over https"));
        }
        if (!allowLocal) {
            literal.flatMap(WebhookAddressGuard::refused).ifPresent(range ->
                    problems.add(RuleResult.refuse(ID, "a webhook goes to a public address, not " + range)));
            if ("localhost".equalsIgnoreCase(host)) {
                problems.add(RuleResult.refuse(ID, "a webhook goes to a public address, not localhost"));
            }
        }
        return problems;
    }

    /** The URL's host without IPv6 brackets. */
    public static String host(URI url) {
        String host = url.getHost();
        if (host != null && host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }

    /** The address a host names literally (IPv4 dotted or numeric, IPv6), without any DNS lookup. */
    static Optional<InetAddress> literal(String host) {
        if (!host.contains(":") && !host.matches("[0-9.]+") && !host.matches("(?i)0x[0-9a-f.x]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(host)); // a literal: parsed, never looked up
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private static Optional<String> rangeOf(byte[] bytes) {
        return REFUSED.stream().filter(range -> range.contains(bytes)).map(Range::name).findFirst();
    }

    private static boolean isUnspecifiedOrLoopback6(byte[] bytes) {
        for (int i = 0; i < 15; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[15] == 0 || bytes[15] == 1;
    }

    private static Range v4(String prefix, int bits, String name) {
        return new Range(parse(prefix, Inet4Address.class), bits, name);
    }

    private static Range v6(String prefix, int bits, String name) {
        return new Range(parse(prefix, Inet6Address.class), bits, name);
    }

    private static byte[] parse(String literal, Class<? extends InetAddress> kind) {
        try {
            InetAddress address = InetAddress.getByName(literal);
            byte[] bytes = address.getAddress();
            if (kind == Inet6Address.class && bytes.length == 4) {
                // Java turns ::ffff:a.b.c.d into an Inet4Address; keep the IPv6 form for the prefix
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(bytes, 0, mapped, 12, 4);
                return mapped;
            }
            return bytes;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
