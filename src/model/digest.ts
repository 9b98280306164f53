/**
 * A text's fingerprint: 53 bits of cyrb53 (a public-domain string hash by bryc), as 14 hex
 * digits. Not a cryptographic hash: it tells a story file from the one a build validated,
 * which anyone able to change the file could also have changed the page's script to accept.
 * About a millisecond for the bundled story's 150,000 characters.
 */
export function textDigest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const bits = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return bits.toString(16).padStart(14, '0');
}
