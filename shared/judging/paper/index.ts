/** Paper fallback: paper score sheets typed in by one person and confirmed by another (double entry). */
export * from './paperSheet';
export * from './paperSheetRules';
