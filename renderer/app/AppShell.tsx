import {
  AppBar,
  Box,
  Drawer,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Typography,
} from '@mui/material';
import DashboardIcon from '@mui/icons-material/Dashboard';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import EngineeringIcon from '@mui/icons-material/Engineering';
import LightbulbIcon from '@mui/icons-material/Lightbulb';
import PeopleIcon from '@mui/icons-material/People';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import AssessmentIcon from '@mui/icons-material/Assessment';
import SettingsIcon from '@mui/icons-material/Settings';
import type { SvgIconComponent } from '@mui/icons-material';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { lazy, Suspense } from 'react';
import { useJudgeSession } from '../features/judging/judgeSession';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { PageLoading } from './components/PageLoading';
import { WorkspaceGate } from './WorkspaceGate';
import { NAV_ITEMS, NAV_PATHS, type NavItem } from './routes';

const DRAWER_WIDTH = 208;

const NAV_ICONS: Record<NavItem, SvgIconComponent> = {
  dashboard: DashboardIcon,
  competitions: EmojiEventsIcon,
  judging: FactCheckIcon,
  studios: EngineeringIcon,
  projects: LightbulbIcon,
  people: PeopleIcon,
  pipeline: GroupAddIcon,
  knowledge: MenuBookIcon,
  reports: AssessmentIcon,
  settings: SettingsIcon,
};

function isActive(item: NavItem, pathname: string): boolean {
  const path = NAV_PATHS[item];
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

// A judge laptop in judge mode shows only this screen: no sidebar, no routes (features/judging/judgeSession.ts).
const JudgeModeScreen = lazy(() => import('../features/judging/JudgeModeScreen'));

export function AppShell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const judgeSession = useJudgeSession();

  if (judgeSession === undefined) return <PageLoading />;
  if (judgeSession) {
    return (
      <Suspense fallback={<PageLoading />}>
        <JudgeModeScreen session={judgeSession} />
      </Suspense>
    );
  }

  return (
    <Box sx={{ display: 'flex', height: '100%' }}>
      <AppBar position="fixed" color="inherit" elevation={0} sx={{ zIndex: (theme) => theme.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" component="div" color="primary" sx={{ fontWeight: 700 }}>
            {t('app.name')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1, display: { xs: 'none', md: 'block' } }}>
            {t('app.tagline')}
          </Typography>
          <LanguageSwitcher />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}
      >
        <Toolbar />
        <nav aria-label={t('app.openNavigation')}>
          <List dense>
            {NAV_ITEMS.map((item) => {
              const Icon = NAV_ICONS[item];
              return (
                <ListItemButton
                  key={item}
                  component={NavLink}
                  to={NAV_PATHS[item]}
                  selected={isActive(item, pathname)}
                  data-testid={`nav-${item}`}
                >
                  <ListItemIcon sx={{ minWidth: 36 }}>
                    <Icon fontSize="small" />
                  </ListItemIcon>
                  <ListItemText primary={t(`nav.${item}`)} />
                </ListItemButton>
              );
            })}
          </List>
        </nav>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, height: '100%', overflow: 'auto' }}>
        <Toolbar />
        <Box sx={{ p: 3 }}>
          <WorkspaceGate>
            <Outlet />
          </WorkspaceGate>
        </Box>
      </Box>
    </Box>
  );
}
