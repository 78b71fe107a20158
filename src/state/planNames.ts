import type { Message } from '../i18n/messages';
import { t } from '../i18n/messages';
import type { PlanGroup } from '../layouts/types';

/**
 * A plan's names with a suffix ('（草稿）', '（副本）') in both languages: the file keeps the Chinese name
 * (cut to the schema's 40 characters, as before) and, where the plan has one, the English.
 */
export function withSuffix<G extends Pick<PlanGroup, 'nameZh' | 'nameEn'>>(group: G, suffix: Message): G {
  const nameZh = t(suffix, { name: group.nameZh }, 'zh').slice(0, 40);
  return group.nameEn ? { ...group, nameZh, nameEn: t(suffix, { name: group.nameEn }, 'en').slice(0, 120) } : { ...group, nameZh };
}
