/**
 * This device's one Ed25519 key (DESIGN §4), made on first use: it signs the competition packages a master
 * exports and the score packages a judge laptop exports. The private key is a non-extractable CryptoKey.
 */
import { exportPublicKey, generateSigningKeyPair } from '../../../shared/crypto/signing';
import type { DeviceKeyRow, JiangxinDatabase } from '../database';

const THIS_DEVICE = 'this-device';

export async function loadOrCreateDeviceKey(db: JiangxinDatabase): Promise<DeviceKeyRow> {
  const stored = await db.deviceKeys.get(THIS_DEVICE);
  if (stored) return stored;
  const pair = await generateSigningKeyPair();
  const row: DeviceKeyRow = {
    id: THIS_DEVICE,
    deviceId: `dev-${crypto.randomUUID()}`,
    publicKey: await exportPublicKey(pair.publicKey),
    privateKey: pair.privateKey,
    createdAt: new Date().toISOString(),
  };
  // Two tabs racing: the first key written wins, the other is dropped.
  return db.transaction('rw', db.deviceKeys, async () => {
    const again = await db.deviceKeys.get(THIS_DEVICE);
    if (again) return again;
    await db.deviceKeys.add(row);
    return row;
  });
}
