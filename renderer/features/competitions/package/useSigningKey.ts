import { useEffect, useState } from 'react';
import type { DeviceSigningKey } from '../../../db/repositories/sealingRepository';
import { useRepositories } from '../../../db/useRepositories';

/** This laptop's signing key (made on first use), for its fingerprint; undefined while loading. */
export function useSigningKey(): DeviceSigningKey | undefined {
  const repositories = useRepositories();
  const [key, setKey] = useState<DeviceSigningKey>();
  useEffect(() => {
    let live = true;
    void repositories.sealing.signingKey().then((k) => live && setKey(k));
    return () => {
      live = false;
    };
  }, [repositories]);
  return key;
}
