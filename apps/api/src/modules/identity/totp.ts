import { Secret, TOTP } from 'otpauth';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label: string) {
  return new TOTP({ issuer: 'thidua', label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

export const totpUrl = (secret: string, username: string) => totp(secret, username).toString();

/** Accepts the current code and one step either side (clock drift). */
export function verifyTotp(secret: string, code: string, now: Date): boolean {
  return totp(secret, 'x').validate({ token: code, timestamp: now.getTime(), window: 1 }) !== null;
}

export function currentTotp(secret: string, now: Date): string {
  return totp(secret, 'x').generate({ timestamp: now.getTime() });
}
