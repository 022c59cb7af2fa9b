import { createHash } from 'node:crypto'

/** Salvo's own UUID namespace: name-based ids under it never collide with other projects' (RFC 9562 §5.5). */
const SALVO_NAMESPACE = '8f0b6c1e-3d2a-5b7e-9c41-5a1f2e6d7b30'

/**
 * A name-based UUID (version 5, RFC 9562) for `name`, as a `urn:uuid:` URI: the same name
 * always gives the same id, with no counter and no clock. Feeds use it for entry and feed
 * ids, which must never change, even when the site moves to another address.
 */
export function nameUuid(name: string): string {
  const namespace = Buffer.from(SALVO_NAMESPACE.replace(/-/g, ''), 'hex')
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50 // version 5
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80 // RFC variant
  const hex = bytes.toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
