import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64, toBase64 } from './encoding';
import { openPassphraseBox, sealWithPassphrase, WrongPassphraseError } from './passphraseBox';
import { exportPublicKey, generateSigningKeyPair, keyFingerprint, signBytes, verifySignature } from './signing';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('base64', () => {
  it('round-trips any bytes and matches the standard encoding', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
      expect(fromBase64(toBase64(data))).toEqual(data);
      expect(toBase64(data)).toBe(btoa(String.fromCharCode(...data)));
    }));
  });

  it('refuses malformed text', () => {
    for (const bad of ['abc', 'ab$=', '=abc', 'a===']) expect(fromBase64(bad)).toBeUndefined();
  });
});

describe('Ed25519 signing', () => {
  it('keeps the private key non-extractable and verifies only the signed bytes with the signing key', async () => {
    const pair = await generateSigningKeyPair();
    expect(pair.privateKey.extractable).toBe(false);
    const publicKey = await exportPublicKey(pair.publicKey);
    const signature = await signBytes(pair.privateKey, bytes('加密号 K101'));
    expect(await verifySignature(publicKey, bytes('加密号 K101'), signature)).toBe(true);
    expect(await verifySignature(publicKey, bytes('加密号 K102'), signature)).toBe(false);
    const other = await exportPublicKey((await generateSigningKeyPair()).publicKey);
    expect(await verifySignature(other, bytes('加密号 K101'), signature)).toBe(false);
    expect(await verifySignature('not-a-key', bytes('x'), signature)).toBe(false);
  });

  it('shows a fingerprint of eight groups that differs between keys', async () => {
    const a = await keyFingerprint(await exportPublicKey((await generateSigningKeyPair()).publicKey));
    const b = await keyFingerprint(await exportPublicKey((await generateSigningKeyPair()).publicKey));
    expect(a).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(a).not.toBe(b);
    expect(await keyFingerprint('AAAA')).toBeUndefined();
  });
});

describe('passphrase box', () => {
  it('opens with the passphrase and refuses a wrong one or an altered box', async () => {
    const box = await sealWithPassphrase(bytes('{"K101":"e1"}'), '正确的口令 2024', 1000);
    expect(box.kdf.iterations).toBe(1000);
    expect(new TextDecoder().decode(await openPassphraseBox(box, '正确的口令 2024'))).toBe('{"K101":"e1"}');
    await expect(openPassphraseBox(box, '错误的口令')).rejects.toBeInstanceOf(WrongPassphraseError);
    const data = fromBase64(box.data)!;
    data[0] = data[0]! ^ 1;
    await expect(openPassphraseBox({ ...box, data: toBase64(data) }, '正确的口令 2024')).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});
