import { defineMessages } from '../messages';

/** The sentences of src/lib (saved records, saving, reading files), installed into lib by src/i18n/libWords.ts. */
export const libMessages = defineMessages({
  checkThrew: { zh: '检查时出错（{error}）', en: 'The check failed ({error})' },
  notJson: { zh: '不是有效的 JSON（{error}）', en: 'Not valid JSON ({error})' },
  unreadable: {
    zh: '无法读取浏览器中保存的{what}（{error}），{instead}，本次的修改不会保存。',
    en: 'The {what} saved in this browser cannot be read ({error}); {instead}, and changes made now will not be saved.',
  },
  movedAside: {
    zh: '保存的{what}无法使用：{reason}。原内容已另存为「{rejectedKey}」（未删除），{instead}。',
    en: 'The saved {what} cannot be used: {reason}. It was kept as “{rejectedKey}” (not deleted); {instead}.',
  },
  keptInPlace: {
    zh: '保存的{what}无法使用：{reason}。原内容无法另存，仍留在「{key}」，本次的修改不会保存，以免覆盖它。',
    en: 'The saved {what} cannot be used: {reason}. It could not be kept elsewhere and stays in “{key}”; changes made now will not be saved, so as not to overwrite it.',
  },
  notSaved: { zh: '{what}未能保存到浏览器（{error}）', en: 'The {what} could not be saved in the browser ({error})' },
  unknownEncoding: {
    zh: '文件编码无法识别：既不是 UTF-8，也不是 GBK/GB18030（请在编辑器中另存为 UTF-8 后再导入）',
    en: 'The file’s encoding is not recognised: it is neither UTF-8 nor GBK/GB18030 (save it as UTF-8 in an editor, then import it)',
  },
});
