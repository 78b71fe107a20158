import { defineMessages } from '../messages';

/** The header's badge in local mode (the first view's), apart from the shared record's panels. */
export const localBadgeMessages = defineMessages({
  localTitle: { zh: '没有连接服务器：指标保存在本浏览器中', en: 'Not connected to a server: the quotas are kept in this browser' },
  local: { zh: '本机保存', en: 'Saved locally' },
});
