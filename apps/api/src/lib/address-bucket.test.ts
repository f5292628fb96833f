import { describe, expect, it } from 'vitest'
import { addressBucket } from './address-bucket.ts'

describe('addressBucket', () => {
  it('keeps one bucket per IPv4 address, IPv4-mapped IPv6 included', () => {
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7')
    expect(addressBucket('203.0.113.8')).toBe('203.0.113.8')
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7')
  })

  it('puts every address of one IPv6 /64 in the same bucket, and other /64s apart', () => {
    const home = addressBucket('2001:db8:1:2::1')
    expect(home).toBe('2001:db8:1:2::/64')
    expect(addressBucket('2001:db8:1:2:ffff:ffff:ffff:fffe')).toBe(home)
    expect(addressBucket('2001:0db8:0001:0002:0000:0000:0000:0009')).toBe(home)
    expect(addressBucket('2001:db8:1:3::1')).not.toBe(home)
  })

  it('leaves what is not an address as it is', () => {
    expect(addressBucket('unknown')).toBe('unknown')
  })
})
