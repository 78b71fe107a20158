import { defineMessages } from '../messages';

/** The plans screen's conflict list (loaded with that screen). */
/** Save conflicts of plans in the shared record (src/panels/plans). */
export const planConflictMessages = defineMessages({
  summary: { zh: '“{name}”，{elements} 个元素，涉及 {towns} 个镇街{draft}', en: '"{name}": {elements} elements, {towns} towns{draft}' },
  draft: { zh: '，草稿', en: ', draft' },
  onlyMine: { zh: '只在您的版本中：{names}', en: 'Only in your version: {names}' },
  onlyTheirs: { zh: '只在对方的版本中：{names}', en: 'Only in the other version: {names}' },
  join: { zh: '；', en: '; ' },
  label: { zh: '规划保存冲突', en: 'Plan save conflicts' },
  title: { zh: '保存冲突：以下规划在您修改时已被他人改动', en: 'Save conflict: someone else changed these plans while you were editing them' },
  yours: { zh: '您的版本（未保存）', en: 'Your version (not saved)' },
  someone: { zh: '他人', en: 'someone else' },
  theirs: { zh: '{who}保存的版本（现在显示的）', en: 'The version saved by {who} (shown now)' },
  inShared: { zh: '共享记录中', en: 'In the shared record' },
  deleted: { zh: '已被删除', en: 'Deleted' },
  overwrite: { zh: '用我的版本覆盖', en: 'Overwrite with my version' },
  saveAgain: { zh: '重新保存我的版本', en: 'Save my version again' },
  takeTheirs: { zh: '采用对方的版本', en: 'Take the other version' },
  dontSave: { zh: '不再保存', en: 'Don\'t save' },
  saveCopy: { zh: '我的版本另存为副本', en: 'Save my version as a copy' },
});
