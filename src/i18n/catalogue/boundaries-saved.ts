import { defineMessages } from '../messages';

/** Reading the imported boundaries kept in the browser, before the first frame (apart from the import's catalogue). */
export const savedBoundaryMessages = defineMessages({
  unreadableStore: {
    zh: '导入的边界无法从浏览器读取（{error}），现使用默认边界。',
    en: 'The imported boundaries cannot be read from the browser ({error}); the default boundaries are used now.',
  },
  savedUnusableMoved: {
    zh: '浏览器中保存的导入边界无法使用（{reason}），已另存为 {aside}（未删除），现使用默认边界。请重新导入边界文件。',
    en: 'The imported boundaries saved in the browser cannot be used ({reason}); they were kept as {aside} (not deleted) and the default boundaries are used now. Please import the boundary file again.',
  },
  savedUnusableKept: {
    zh: '浏览器中保存的导入边界无法使用（{reason}），且无法另存，仍留在原处，现使用默认边界。请重新导入边界文件。',
    en: 'The imported boundaries saved in the browser cannot be used ({reason}) and could not be kept aside, so they stay where they were; the default boundaries are used now. Please import the boundary file again.',
  },
});
