import { defineMessages } from '../messages';

/**
 * A plan's status and period, and the plans saved in this browser: what the planner's first view
 * needs of the plan messages (src/plans/status.ts, savedPlans.ts), apart from the plan checks'
 * messages, which load with the checks. Also part of `planMessages`.
 */
export const planStatusMessages = defineMessages({
  savedUnreadable: { zh: '浏览器中保存的规划无法读取（{error}），现只显示内置规划。', en: 'The plans saved in this browser could not be read ({error}); only the built-in plans are shown.' },
  savedIncomplete: { zh: '内容不完整', en: 'incomplete' },
  savedVersion: { zh: '版本 {version}，应为 {expected}', en: 'version {version}, should be {expected}' },
  savedSetAside: {
    zh: '浏览器中保存的规划 “{key}” 无法读取（{why}），已另存为 {aside}，其余规划照常载入。',
    en: 'The plan “{key}” saved in this browser could not be read ({why}); it was set aside as {aside}, and the other plans load as usual.',
  },
  savedSkipped: { zh: '浏览器中保存的规划 “{key}” 无法读取（{why}），已跳过。', en: 'The plan “{key}” saved in this browser could not be read ({why}) and was skipped.' },
  // Status
  statusInForce: { zh: '在期', en: 'in force' },
  statusEnded: { zh: '已到期', en: 'expired' },
  statusDraft: { zh: '草稿', en: 'draft' },
  period: { zh: '{start}—{end} 年', en: '{start}–{end}' },
  noPeriod: { zh: '未定期限', en: 'no set period' },
});
