// No look-alike characters (0/O, 1/l/I): the temporary password is read out or copied by hand.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A random temporary password (16 characters, ~92 bits) from the browser's CSPRNG. */
export function generatePassword(length = 16): string {
  const out: string[] = [];
  const buf = new Uint32Array(length * 2);
  while (out.length < length) {
    crypto.getRandomValues(buf);
    for (const x of buf) {
      // Rejection sampling keeps every character equally likely.
      if (x < Math.floor(0x1_0000_0000 / ALPHABET.length) * ALPHABET.length) out.push(ALPHABET[x % ALPHABET.length]!);
      if (out.length === length) break;
    }
  }
  return out.join('');
}
