import { describe, expect, it } from 'vitest';
import { addressKey } from './login-throttle.rules.ts';

describe('addressKey: one client per IPv4 address or IPv6 /64 network', () => {
  it.each([
    ['203.0.113.7', 'address:203.0.113.7'],
    ['::ffff:203.0.113.7', 'address:203.0.113.7'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', 'address:2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', 'address:2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:0000:0000:0000:0009', 'address:2001:db8:1:2::/64'],
    ['[2001:DB8:1:2::5]', 'address:2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'address:fe80:0:0:0::/64'],
    ['::1', 'address:0:0:0:0::/64'],
    ['2001:db8::', 'address:2001:db8:0:0::/64'],
    ['64:ff9b::192.0.2.33', 'address:64:ff9b:0:0::/64'],
    ['not-an-address', 'address:not-an-address'],
    ['1:2:3:4:5:6:7:8:9', 'address:1:2:3:4:5:6:7:8:9'],
  ])('%s → %s', (ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });

  it('should count two addresses of one /64 as one client and of two /64s as two', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe(addressKey('2001:db8:1:2:ffff::9'));
    expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
  });
});
