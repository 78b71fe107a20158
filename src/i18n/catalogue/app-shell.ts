import { defineMessages } from '../messages';

/** The app's shell (src/app): the error boundary, offline notices, the boundaries in use. */
export const appShellMessages = defineMessages({
  failedLog: { zh: '{what}出错：', en: 'Error in the {what}:' },
  failed: {
    zh: '{what}出错，已停止显示这一部分（其他部分仍可使用）：{error}',
    en: 'Error in the {what}; this part is no longer shown (the rest still works): {error}',
  },
  retry: { zh: '重试', en: 'Retry' },
  offline: {
    zh: '离线：没有网络，程序和地图来自本机缓存；连网后自动恢复',
    en: 'Offline: no network; the app and the map come from this device\'s cache and it resumes when back online',
  },
  update: { zh: '新版本已下载：刷新页面即可使用', en: 'A new version has been downloaded: reload the page to use it' },
  importedBoundaries: { zh: '导入边界：{file}', en: 'Imported boundaries: {file}' },
  defaultBoundaries: { zh: '默认边界（DataV.GeoAtlas）', en: 'Default boundaries (DataV.GeoAtlas)' },
});
