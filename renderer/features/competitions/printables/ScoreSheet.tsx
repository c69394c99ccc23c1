/**
 * One paper score sheet: a module, the anonymous codes of one station group as columns, each item's options as
 * rows with a box to tick or a blank to fill per code, the item and module scores, the safety veto, and the
 * signatures of the judge and the chief judge. It knows codes only — never who is behind them.
 */
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Competition } from '../../../../shared/domain';
import { useLanguage } from '../../../app/useLanguage';
import { formatPoints } from '../rubric/points';
import type { ScoreSheetPlan } from './buildScoreSheets';
import { PrintHeader } from './PrintHeader';
import { blankSx, breakClass, printTableSx, sheetSx } from './printStyles';
import { scoreSheetRows, type SheetRowKind } from './scoreSheetRows';

const BOX = '\u25A1'; // □

const cellSx: Record<SheetRowKind, object> = {
  tick: { textAlign: 'center', fontSize: '13pt !important', lineHeight: '1 !important' },
  write: { height: '8mm' },
  score: { height: '9mm' },
  off: { backgroundColor: '#ececec', printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact', fontSize: '9.5pt !important' },
};

const captionSx = {
  border: 'none !important',
  whiteSpace: 'normal !important',
  backgroundColor: '#fff !important',
  textAlign: 'left !important',
  fontSize: '11pt !important',
  padding: '0 0 2mm 0 !important',
};

export function ScoreSheet({ competition, sheet, first }: { competition: Competition; sheet: ScoreSheetPlan; first: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { part, module, codes } = sheet;
  const points = (value: number) => formatPoints(value, language);
  const where = [
    sheet.station === undefined ? undefined : t('printables.sheet.station', { station: sheet.station }),
    sheet.pages > 1 ? t('printables.sheet.page', { page: sheet.page, pages: sheet.pages }) : undefined,
  ].filter(Boolean);

  return (
    <Box
      component="section"
      className={breakClass(first)}
      data-testid="score-sheet"
      data-module-id={module.id}
      data-station={sheet.station}
      sx={sheetSx}
    >
      <PrintHeader competition={competition} title={t('printables.sheet.title')} />
      <Box component="table" sx={printTableSx}>
        <colgroup>
          <col style={{ width: '11mm' }} />
          <col style={{ width: '27mm' }} />
          <col />
          {codes.map((code) => (
            <col key={code} style={{ width: '13mm' }} />
          ))}
        </colgroup>
        <thead>
          {/* The module and station head the table, so a sheet running onto a second page names them there too. */}
          <tr>
            <Box component="th" colSpan={3 + codes.length} sx={captionSx}>
              <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: '4mm' }}>
                <span>{t('printables.sheet.module', { part: part.name, module: module.name, max: points(module.max) })}</span>
                {where.length > 0 && <Box component="span" sx={{ whiteSpace: 'nowrap' }}>{where.join(t('printables.factSeparator'))}</Box>}
              </Box>
            </Box>
          </tr>
          <tr>
            <th rowSpan={2}>{t('printables.sheet.columns.no')}</th>
            <th rowSpan={2}>{t('printables.sheet.columns.item')}</th>
            <th rowSpan={2}>{t('printables.sheet.columns.criteria')}</th>
            <th colSpan={codes.length}>{t(sheet.judging === 'sealed' ? 'printables.sheet.columns.codes' : 'printables.sheet.columns.orders')}</th>
          </tr>
          <tr>
            {codes.map((code) => (
              <Box component="th" key={code} sx={{ fontSize: '11pt !important', whiteSpace: 'nowrap !important', minWidth: '13mm' }} data-testid="score-sheet-code">
                {code}
              </Box>
            ))}
          </tr>
        </thead>
        {module.items.map((item, index) => {
          const rows = scoreSheetRows(item, t, language);
          return (
            <tbody key={item.id}>
              {rows.map((row, r) => (
                <tr key={r}>
                  {r === 0 && (
                    <Box component="td" rowSpan={rows.length} sx={{ textAlign: 'center' }}>
                      {index + 1}
                    </Box>
                  )}
                  {r === 0 && (
                    <td rowSpan={rows.length}>
                      <Box sx={{ fontWeight: 700 }}>{item.name}</Box>
                      <Box>{t('printables.sheet.itemMax', { max: points(item.max) })}</Box>
                      {item.description && <Box sx={{ fontSize: '9.5pt', mt: '1mm' }}>{item.description}</Box>}
                    </td>
                  )}
                  <Box component="td" sx={row.kind === 'score' ? { fontWeight: 700, textAlign: 'right' } : row.kind === 'off' ? cellSx.off : undefined}>
                    {row.label}
                  </Box>
                  {row.kind === 'off' ? (
                    <Box component="td" colSpan={codes.length} sx={cellSx.off} />
                  ) : (
                    codes.map((code) => (
                      <Box component="td" key={code} sx={cellSx[row.kind]}>
                        {row.kind === 'tick' ? BOX : null}
                      </Box>
                    ))
                  )}
                </tr>
              ))}
            </tbody>
          );
        })}
        <tbody>
          <tr>
            <Box component="td" colSpan={3} sx={{ fontWeight: 700, textAlign: 'right' }}>
              {t('printables.sheet.moduleTotal', { max: points(module.max) })}
            </Box>
            {codes.map((code) => (
              <Box component="td" key={code} sx={{ height: '10mm' }} />
            ))}
          </tr>
          {module.safetyVeto !== 'none' && (
            <tr>
              <td colSpan={3}>{t(`printables.sheet.veto.${module.safetyVeto}`)}</td>
              {codes.map((code) => (
                <Box component="td" key={code} sx={cellSx.tick}>
                  {BOX}
                </Box>
              ))}
            </tr>
          )}
        </tbody>
      </Box>
      <Box sx={{ fontSize: '9.5pt', mt: '1.5mm' }}>{t('printables.sheet.instructions')}</Box>
      <Box
        className="print-avoid-break"
        sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', rowGap: '5mm', columnGap: '6mm', mt: '6mm', fontSize: '11pt' }}
      >
        {[t('printables.sheet.judgeSignature'), t('printables.sheet.chiefSignature')].map((label) => (
          <Box key={label} sx={{ whiteSpace: 'nowrap' }}>
            {label}
            <Box component="span" sx={blankSx('30mm')} />
            {t('printables.sheet.date')}
            <Box component="span" sx={blankSx('18mm')} />
          </Box>
        ))}
      </Box>
    </Box>
  );
}
