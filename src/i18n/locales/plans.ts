/** Strings of the plans / tasks views (kept apart so that panel can grow without touching the main catalogues). */
export const plansZh = {
  title: '行动计划任务',
};
export const plansEn: typeof plansZh = {
  title: 'Action-plan tasks',
};
