import { BlockList, isIP } from 'node:net';
const RANGES = [
    ['0.0.0.0', 8, 'ipv4', 'unspecified'],
    ['10.0.0.0', 8, 'ipv4', 'private'],
    ['100.64.0.0', 10, 'ipv4', 'CGNAT'],
    ['127.0.0.0', 8, 'ipv4', 'loopback'],
    ['169.254.0.0', 16, 'ipv4', 'link-local'],
    ['172.16.0.0', 12, 'ipv4', 'private'],
    ['192.0.0.0', 24, 'ipv4', 'reserved'],
    ['192.168.0.0', 16, 'ipv4', 'private'],
    ['198.18.0.0', 15, 'ipv4', 'reserved'],
    ['224.0.0.0', 4, 'ipv4', 'multicast'],
    ['240.0.0.0', 4, 'ipv4', 'reserved'],
    ['::', 128, 'ipv6', 'unspecified'],
    ['::1', 128, 'ipv6', 'loopback'],
    ['fc00::', 7, 'ipv6', 'unique-local'],
    ['fe80::', 10, 'ipv6', 'link-local'],
    ['ff00::', 8, 'ipv6', 'multicast'],
];
const lists = RANGES.map(([net, prefix, family, kind]) => {
    const list = new BlockList();
    list.addSubnet(net, prefix, family);
    return { list, family, kind };
});
/** The embedded IPv4 of an IPv4-mapped IPv6 address (::ffff:10.0.0.1 or ::ffff:a00:1), else null. */
function mappedV4(address) {
    const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (dotted)
        return dotted[1];
    const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
    if (!hex)
        return null;
    const hi = Number.parseInt(hex[1], 16);
    const lo = Number.parseInt(hex[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}
/** The kind of a non-public address, or null for a public one. Not an IP at all → null. */
export function classifyAddress(address) {
    const bare = address.replace(/^\[|\]$/g, '');
    const v4 = mappedV4(bare);
    if (v4)
        return classifyAddress(v4);
    const version = isIP(bare);
    if (version === 0)
        return null;
    const family = version === 4 ? 'ipv4' : 'ipv6';
    for (const r of lists)
        if (r.family === family && r.list.check(bare, family))
            return r.kind;
    return null;
}
/** The kind that makes this address refused under the policy, or null when it may be contacted. */
export function refusedKind(address, policy) {
    const kind = classifyAddress(address);
    if (kind === null || policy.allowPrivate)
        return null;
    if (kind === 'loopback' && policy.allowLoopback)
        return null;
    return kind;
}
//# sourceMappingURL=address-policy.js.map