import { sha256Hex, utf8Encode } from '../webApis';
import { canonicalJson } from './canonicalJson';

/** SHA-256 (hex) of the canonical compact JSON of the package content (everything but `checksum`). */
export async function packageChecksum(content: object): Promise<string> {
  return sha256Hex(utf8Encode(canonicalJson(content)));
}
