package io.factdesk.article;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which addresses a fetch may reach: none inside the server's own network (loopback, private,
 * link-local, unique-local, shared CGNAT space, multicast, any-local, broadcast), unless the operator
 * allowed it by literal address or CIDR block ({@code factdesk.fetch.allowed-addresses}). A host is
 * refused when any one of its addresses is refused. docs/security.md, "Fetching pages".
 */
public final class FetchPolicy {

    /** An address block: the address and the number of leading bits that must match. */
    record Block(byte[] address, int bits) {

        static Block parse(String text) {
            String s = text.strip();
            int slash = s.indexOf('/');
            String host = slash < 0 ? s : s.substring(0, slash);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            if (!host.matches("[0-9a-fA-F:.]+") || !(host.contains(".") || host.contains(":"))) {
                throw new IllegalArgumentException("factdesk.fetch.allowed-addresses: '" + text
                        + "' is not a literal address or CIDR block");
            }
            byte[] bytes;
            try {
                bytes = InetAddress.getByName(host).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("factdesk.fetch.allowed-addresses: '" + text
                        + "' is not a literal address or CIDR block", e);
            }
            int bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(s.substring(slash + 1).strip());
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("factdesk.fetch.allowed-addresses: '" + text
                        + "' has a prefix length out of range");
            }
            return new Block(bytes, bits);
        }

        boolean contains(byte[] other) {
            if (other.length != address.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (other[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** What is inside any network the server may sit in, besides what InetAddress already names. */
    private static final List<Block> INTERNAL = List.of(Block.parse("0.0.0.0/8"), Block.parse("100.64.0.0/10"),
            Block.parse("255.255.255.255/32"), Block.parse("fc00::/7"));

    private final List<Block> allowed;

    public FetchPolicy(List<String> allowedAddresses) {
        List<Block> blocks = new ArrayList<>();
        for (String a : allowedAddresses) {
            if (a != null && !a.isBlank()) {
                blocks.add(Block.parse(a));
            }
        }
        this.allowed = List.copyOf(blocks);
    }

    /** True when the address may be fetched: outside the server's network, or allowed by the operator. */
    public boolean permits(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (allowed.stream().anyMatch(b -> b.contains(bytes))) {
            return true;
        }
        return !isInternal(address);
    }

    static boolean isInternal(InetAddress address) {
        if (address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            byte[] b = v6.getAddress();
            try {
                return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
            } catch (UnknownHostException e) {
                return true;
            }
        }
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address || address instanceof Inet6Address) {
            return INTERNAL.stream().anyMatch(b -> b.contains(bytes));
        }
        return true;
    }
}
