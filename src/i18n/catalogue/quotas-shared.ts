import { defineMessages } from '../messages';

/** The shared record's client (loaded when a server answers). */
/** The shared record of quotas on the server (src/quotas/shared). */
export const sharedQuotaMessages = defineMessages({
  offline: { zh: '无法连接服务器（{error}），修改未保存', en: 'Cannot reach the server ({error}); the change was not saved' },
  serverStatus: { zh: '服务器返回 {status}', en: 'The server answered {status}' },
  notSaved: { zh: '{cell} 未保存：{error}', en: '{cell} not saved: {error}' },
  offlineData: {
    zh: '离线数据：指标是 {time} 从服务器取得的记录，现在可能已经变化；连网后自动更新',
    en: 'Offline data: the quotas are the record fetched from the server at {time} and may have changed since; they update once online',
  },
  cleared: { zh: '（清除）', en: '(cleared)' },
  proposed: { zh: '{who} 填报：{unit} {year} {field} {value}，待确认', en: '{who} reported: {unit} {year} {field} {value}, awaiting confirmation' },
  reloadFailed: {
    zh: '重新连接后未能读取共享记录（{error}），{seconds} 秒后重试；此前显示的数值可能不是最新的。',
    en: 'After reconnecting the shared record could not be read ({error}); retrying in {seconds} s. The values shown may not be the latest.',
  },
  unreadable: { zh: '共享记录无法读取：{error}', en: 'The shared record cannot be read: {error}' },
});
