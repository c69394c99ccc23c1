import type { TFunction } from 'i18next';
import type { Competition } from '../../../../shared/domain';
import type { StatusReason } from '../../../../shared/competitions/status/nextStatusCheck';

/** A status-flow refusal in plain words, with module names instead of ids. */
export function reasonText(t: TFunction, reason: StatusReason, competition: Competition): string {
  const params: Record<string, string | number> = { ...reason.params };
  const moduleId = reason.params?.moduleId;
  if (typeof moduleId === 'string') {
    const module = competition.rubric.parts.flatMap((p) => p.modules).find((m) => m.id === moduleId);
    params.module = module?.name ?? moduleId;
  }
  for (const key of ['from', 'to'] as const) {
    const status = reason.params?.[key];
    if (typeof status === 'string') params[key] = t(`enums.competitionStatus.${status}`);
  }
  return t(`competition.reasons.${reason.code}`, params);
}
