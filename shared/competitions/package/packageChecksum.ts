import { sha256Hex, utf8Encode } from '../webApis';
import { canonicalJson } from './canonicalJson';

/** The bytes a package's checksum and signature cover: canonical compact JSON of all but those two members. */
export function signedContentBytes(pkg: Readonly<Record<string, unknown>>): Uint8Array {
  const { checksum: _checksum, signature: _signature, ...content } = pkg;
  return utf8Encode(canonicalJson(content));
}

/** SHA-256 (hex) of signedContentBytes. */
export async function packageChecksum(pkg: Readonly<Record<string, unknown>>): Promise<string> {
  return sha256Hex(signedContentBytes(pkg));
}
