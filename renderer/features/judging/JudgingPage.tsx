import FactCheckIcon from '@mui/icons-material/FactCheck';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../app/components/EmptyState';
import { PageHeader } from '../../app/components/PageHeader';

/** Judge mode arrives with the judging issue; until a competition package is imported there is nothing to score. */
export default function JudgingPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.judging')} />
      <EmptyState icon={FactCheckIcon} title={t('empty.judgingTitle')} body={t('empty.judgingBody')} />
    </>
  );
}
