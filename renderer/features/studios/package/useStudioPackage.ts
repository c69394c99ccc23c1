/** Exporting a studio package to a file, and reading one to plan its merge. */
import { useTranslation } from 'react-i18next';
import { readStudioPackage, type ReadStudioPackage } from '../../../../shared/studios/package/studioPackage';
import { STUDIO_PACKAGE_EXTENSION } from '../../../../shared/studios/package/studioPackageSchema';
import { useRepositories } from '../../../db/useRepositories';
import { getPlatform, type SavedFile } from '../../../platform';

export function useStudioPackageExport(studioId: string): () => Promise<SavedFile | null> {
  const { t } = useTranslation();
  const repositories = useRepositories();
  return async () => {
    const pkg = await repositories.studios.packages.exportPackage(studioId);
    const name = pkg.records.studios[0]?.name ?? studioId;
    const bytes = new TextEncoder().encode(JSON.stringify(pkg, null, 1));
    return getPlatform().saveFile({ suggestedName: `${name}-${pkg.exportedAt.slice(0, 10)}.${STUDIO_PACKAGE_EXTENSION}`, bytes, filters: [{ name: t('innovation.package.fileKind'), extensions: [STUDIO_PACKAGE_EXTENSION] }] });
  };
}

/** Picks a package file and reads it; null when the user cancels. */
export async function pickStudioPackage(title: string, kind: string): Promise<{ name: string; read: ReadStudioPackage } | null> {
  const file = (await getPlatform().openFiles({ title, filters: [{ name: kind, extensions: [STUDIO_PACKAGE_EXTENSION, 'json'] }] }))?.[0];
  if (!file) return null;
  return { name: file.name, read: readStudioPackage(file.bytes) };
}
